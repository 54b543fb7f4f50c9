using System.Text;
using System.Text.Json;
using Counseling.Api.Problems;

namespace Counseling.Api.Extensions;

public static class InputGuardExtensions
{
    /// <summary>
    /// Refuses, before any endpoint runs, input that no field of this api can hold: a null character (U+0000) in a
    /// query, route value or JSON string (PostgreSQL cannot store one, in text or in JSON), and an empty (null)
    /// entry in a list of a JSON body. Each refusal is a validation problem naming the field.
    /// </summary>
    /// <remarks>After authentication, authorization and rate limiting, so that refused input is still counted and a
    /// caller who may not call the endpoint hears that first.</remarks>
    public static WebApplication UseCounselingInputGuard(this WebApplication app)
    {
        app.UseMiddleware<InputGuardMiddleware>();
        return app;
    }

    private sealed class InputGuardMiddleware(RequestDelegate next, IProblemDetailsService problems)
    {
        private const string NullCharacterMessage = "This contains a null character (U+0000), which cannot be stored. Remove it and try again.";

        public async Task InvokeAsync(HttpContext context)
        {
            if ((FindInQuery(context.Request) ?? FindInRoute(context.Request) ?? await FindInBodyAsync(context)) is { } refusal)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [refusal.Field] = [refusal.Message] })
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Type = ProblemTypes.Of("validation"),
                        Title = ProblemTypes.Catalog["validation"].Title,
                    },
                });
                return;
            }

            await next(context);
        }

        private static Refusal? FindInQuery(HttpRequest request)
        {
            foreach (var (key, values) in request.Query)
            {
                if (key.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
                {
                    return new Refusal(Printable(key), NullCharacterMessage);
                }
            }

            return null;
        }

        private static Refusal? FindInRoute(HttpRequest request)
        {
            foreach (var (key, value) in request.RouteValues)
            {
                if (value is string text && text.Contains('\0', StringComparison.Ordinal))
                {
                    return new Refusal(key, NullCharacterMessage);
                }
            }

            return null;
        }

        private static async Task<Refusal?> FindInBodyAsync(HttpContext context)
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.ContentLength == 0 || !request.HasJsonContentType())
            {
                return null;
            }

            // Only bodies the endpoint binds to a declared type have lists of values; a raw body (a provider's
            // webhook) is the provider's shape and is only checked for what nothing can store.
            var typed = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is not null;
            request.EnableBuffering();
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, context.RequestAborted);
            request.Body.Position = 0;
            return Scan(copy.GetBuffer().AsSpan(0, (int)copy.Length), typed);
        }

        /// <summary>
        /// Walks the JSON once, keeping the path to the current value. Unreadable JSON is left to the endpoint, whose
        /// binder says what is wrong with it.
        /// </summary>
        private static Refusal? Scan(ReadOnlySpan<byte> json, bool refuseNullEntries)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
            var path = new List<Step>();
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            var name = reader.GetString()!;
                            path[^1] = path[^1] with { Name = name };
                            if (name.Contains('\0', StringComparison.Ordinal))
                            {
                                return new Refusal(Path(path), NullCharacterMessage);
                            }

                            break;
                        case JsonTokenType.StartObject or JsonTokenType.StartArray:
                            Advance(path);
                            path.Add(new Step(reader.TokenType == JsonTokenType.StartArray, -1, null));
                            break;
                        case JsonTokenType.EndObject or JsonTokenType.EndArray:
                            path.RemoveAt(path.Count - 1);
                            break;
                        case JsonTokenType.String:
                            Advance(path);
                            // U+0000 can only be written as the escape \u0000, so unescaped strings need no look.
                            if (reader.ValueIsEscaped && reader.ValueSpan.IndexOf("\\u0000"u8) >= 0 && reader.GetString()!.Contains('\0', StringComparison.Ordinal))
                            {
                                return new Refusal(Path(path), NullCharacterMessage);
                            }

                            break;
                        case JsonTokenType.Null when refuseNullEntries && path is [.., { IsArray: true }]:
                            return new Refusal(Path(path, withLastIndex: false), $"Remove the empty entry from the list of {Words(path.Count > 1 ? path[^2].Name : null)}.");
                        default:
                            Advance(path);
                            break;
                    }
                }
            }
            catch (JsonException)
            {
                return null;
            }
            catch (InvalidOperationException)
            {
                return null; // a string that is not valid UTF-16 once unescaped: the binder refuses it as unreadable
            }

            return null;
        }

        private static void Advance(List<Step> path)
        {
            if (path is [.., { IsArray: true } array])
            {
                path[^1] = array with { Index = array.Index + 1 };
            }
        }

        private readonly record struct Step(bool IsArray, int Index, string? Name);

        private sealed record Refusal(string Field, string Message);

        /// <summary>
        /// "overrides[0].windows", as the binder names fields; a body that is itself a list is "body". The index of the
        /// innermost list is left out when the list itself is meant.
        /// </summary>
        private static string Path(List<Step> path, bool withLastIndex = true)
        {
            var text = new StringBuilder();
            for (var i = 0; i < path.Count; i++)
            {
                var step = path[i];
                if (step.IsArray)
                {
                    if (step.Index >= 0 && (withLastIndex || i < path.Count - 1))
                    {
                        text.Append('[').Append(step.Index).Append(']');
                    }
                }
                else if (step.Name is { } name)
                {
                    text.Append(text.Length > 0 ? "." : "").Append(Printable(name));
                }
            }

            return text.Length == 0 ? "body" : text[0] == '[' ? "body" + text : text.ToString();
        }

        private static string Printable(string name) => name.Replace("\0", "\\u0000", StringComparison.Ordinal);

        /// <summary>"timeOff" reads "time off"; a few lists have a plainer name than their field.</summary>
        private static string Words(string? field) => field switch
        {
            null => "values",
            "weekly" => "weekly hours",
            "overrides" => "dates with different hours",
            "sessionLengthsMinutes" => "session lengths",
            "ids" => "notifications",
            _ => string.Concat(field.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString())),
        };
    }
}
