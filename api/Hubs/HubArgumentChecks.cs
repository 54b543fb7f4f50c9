using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Hubs;

/// <summary>
/// SignalR's JSON protocol, saying what was wrong when a call's arguments cannot be bound. SignalR answers such a
/// call before any hub code or filter runs, with only "Failed to invoke ... due to an error on the server"; a
/// <see cref="HubException"/> as the cause is the one kind it passes on, so that is what this puts there:
/// "bad-arguments: ..." naming the argument, or "unknown-method: ...".
/// </summary>
public sealed class ArgumentCheckingHubProtocol : IHubProtocol
{
    private readonly JsonHubProtocol _inner;
    private readonly JsonSerializerOptions _payload;
    private readonly ILookup<string, ParameterInfo[]> _methods;

    /// <param name="options">The JSON protocol's options, so arguments are read exactly as the protocol reads them.</param>
    /// <param name="hubs">The hubs whose methods are called: their parameter names make the errors readable.</param>
    public ArgumentCheckingHubProtocol(IOptions<JsonHubProtocolOptions> options, IEnumerable<Type> hubs)
    {
        _inner = new JsonHubProtocol(options);
        _payload = options.Value.PayloadSerializerOptions;
        _methods = hubs.SelectMany(h => h.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName)
            .ToLookup(m => m.Name, m => m.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToArray(), StringComparer.Ordinal);
    }

    public string Name => _inner.Name;

    public int Version => _inner.Version;

    public TransferFormat TransferFormat => _inner.TransferFormat;

    public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(message, output);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var before = input;
        if (!_inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure)
        {
            var frame = before.Slice(before.Start, input.Start);
            message = new InvocationBindingFailureMessage(failure.InvocationId, failure.Target,
                ExceptionDispatchInfo.Capture(new HubException(Describe(frame, failure.Target, binder))));
        }

        return true;
    }

    private string Describe(ReadOnlySequence<byte> frame, string target, IInvocationBinder binder)
    {
        IReadOnlyList<Type> types;
        try
        {
            types = binder.GetParameterTypes(target);
        }
        catch (Exception)
        {
            return $"unknown-method: There is no method '{target}' on this hub.";
        }

        var parameters = _methods[target].FirstOrDefault(p => p.Select(x => x.ParameterType).SequenceEqual(types));
        string Name(int i) => parameters is not null ? parameters[i].Name! : $"argument {i + 1}";
        var signature = string.Join(", ", types.Select((_, i) => Name(i)));
        try
        {
            var json = frame.Length > 0 && frame.Slice(frame.Length - 1).FirstSpan[0] == 0x1e ? frame.Slice(0, frame.Length - 1) : frame;
            using var document = JsonDocument.Parse(json);
            var arguments = document.RootElement.TryGetProperty("arguments", out var a) && a.ValueKind == JsonValueKind.Array ? a : default;
            var sent = arguments.ValueKind == JsonValueKind.Array ? arguments.GetArrayLength() : 0;
            if (sent != types.Count)
            {
                return $"bad-arguments: {target} takes {Count(types.Count, "argument")} ({signature}); {sent} {(sent == 1 ? "was" : "were")} sent.";
            }

            for (var i = 0; i < sent; i++)
            {
                if (!Binds(arguments[i], types[i]))
                {
                    return $"bad-arguments: Argument {i + 1} of {target} ({Name(i)}) must be {Expected(types[i])}.";
                }
            }
        }
        catch (JsonException)
        {
            // Not readable as one JSON message: fall through to the general answer.
        }

        return $"bad-arguments: The arguments do not match what {target} takes ({signature}).";
    }

    private bool Binds(JsonElement argument, Type type)
    {
        try
        {
            argument.Deserialize(type, _payload);
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Expected(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var orNull = underlying is not null ? " or null" : "";
        type = underlying ?? type;
        return (type == typeof(Guid) ? "an id (a GUID)"
            : type == typeof(string) ? "a string"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) || type == typeof(long) ? "a whole number"
            : type.IsEnum ? "one of the documented words"
            : "an object of the documented shape") + orNull;
    }
}

/// <summary>
/// Refuses text with a null character (U+0000) in any hub call before the hub runs: PostgreSQL cannot store it, so
/// a chat message with one would fail deep in the transcript writer instead of being answered.
/// </summary>
public sealed class TextArgumentsHubFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var arguments = invocationContext.HubMethodArguments;
        var parameters = invocationContext.HubMethod.GetParameters();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is string text && text.Contains('\0', StringComparison.Ordinal))
            {
                var name = i < parameters.Length ? $" ({parameters[i].Name})" : "";
                throw new HubException(
                    $"bad-arguments: Argument {i + 1} of {invocationContext.HubMethodName}{name} contains a null character (U+0000), which cannot be stored. Remove it and try again.");
            }
        }

        return next(invocationContext);
    }
}

/// <summary>
/// The platform's SignalR wiring: message size, the JSON protocol (kebab-case enums) behind the argument check, and
/// the null-character filter. Shared by the api and the chat benchmark's relay host, so both speak exactly alike.
/// </summary>
public static class CounselingSignalR
{
    public static ISignalRServerBuilder AddCounselingSignalR(this IServiceCollection services, params Type[] hubs)
    {
        // Big enough for an SDP offer; the session grain enforces the real limits per kind.
        var signalR = services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 96 * 1024;
                o.AddFilter<TextArgumentsHubFilter>();

                // A dropped connection shows within seconds, not half a minute: the server pings every 5 s and the
                // web client gives up on a silent server after 10 s (its keep-alive is 5 s, so 15 s here).
                o.KeepAliveInterval = TimeSpan.FromSeconds(5);
                o.ClientTimeoutInterval = TimeSpan.FromSeconds(15);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(
                new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));

        // The same JSON protocol, answering a call whose arguments do not bind with which argument was wrong.
        foreach (var json in services.Where(d => d.ServiceType == typeof(IHubProtocol) && d.ImplementationType == typeof(JsonHubProtocol)).ToList())
        {
            services.Remove(json);
        }

        services.AddSingleton<IHubProtocol>(sp => new ArgumentCheckingHubProtocol(sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>(), hubs));
        return signalR;
    }
}
