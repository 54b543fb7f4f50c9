using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Counseling.Bench;

/// <summary>One answer from the api: status (0 when the request never got one), body and how long it took.</summary>
public sealed record Reply(int Status, string Body, TimeSpan Elapsed)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public T Read<T>() => JsonSerializer.Deserialize<T>(Body, Json.Options)
        ?? throw new InvalidOperationException($"Empty body where a {typeof(T).Name} was expected.");

    /// <summary>The RFC 7807 "type" of an error answer, when it has one.</summary>
    public string? ProblemType
    {
        get
        {
            if (Succeeded || Body.Length == 0)
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize<ProblemDocument>(Body, Json.Options)?.Type;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public string Describe() =>
        Status == 0 ? $"no response: {Body}" : $"{Status} {ProblemType ?? (Body.Length > 200 ? Body[..200] : Body)}";
}

/// <summary>Plain HTTP to one api node. Every request carries its own bearer token, so one connection pool serves all users.</summary>
public sealed class PlatformClient(HttpClient http)
{
    public async Task<Reply> SendAsync(HttpMethod method, string path, string? token, object? body, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json.Options);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellation);
            var text = await response.Content.ReadAsStringAsync(cancellation);
            return new Reply((int)response.StatusCode, text, Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException e)
        {
            return new Reply(0, e.Message, Stopwatch.GetElapsedTime(started));
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            return new Reply(0, "timed out: " + e.Message, Stopwatch.GetElapsedTime(started));
        }
    }

    public Task<Reply> GetAsync(string path, string? token, CancellationToken cancellation) =>
        SendAsync(HttpMethod.Get, path, token, null, cancellation);

    public Task<Reply> PostAsync(string path, string? token, object? body, CancellationToken cancellation) =>
        SendAsync(HttpMethod.Post, path, token, body, cancellation);

    public Task<Reply> PutAsync(string path, string? token, object body, CancellationToken cancellation) =>
        SendAsync(HttpMethod.Put, path, token, body, cancellation);

    /// <summary>For setup steps, which must succeed: the answer's body, or an exception that says what failed.</summary>
    public static Reply Require(Reply reply, string what) =>
        reply.Succeeded ? reply : throw new InvalidOperationException($"{what} failed: {reply.Describe()}");
}
