using System.Diagnostics;
using System.Text.Json;
using Counseling.Api.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Counseling.Api.Extensions;

public static class ProblemDetailsExtensions
{
    /// <summary>Default cap for any request body; endpoints that expect less declare a smaller one.</summary>
    public const long DefaultMaxBodyBytes = 256 * 1024;

    /// <summary>Every 4xx and 5xx body becomes RFC 7807 problem details with a stable type.</summary>
    public static WebApplicationBuilder AddCounselingProblemDetails(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem is HttpValidationProblemDetails && problem.Status == StatusCodes.Status400BadRequest &&
                !string.Equals(problem.Type, ProblemTypes.Of("malformed-request"), StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.Of("validation");
                problem.Title = ProblemTypes.Catalog["validation"].Title;
            }
            else if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                var type = ProblemTypes.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
                if (type is not null)
                {
                    problem.Type = type;
                    problem.Title = ProblemTypes.Catalog[type[ProblemTypes.Prefix.Length..]].Title;
                }
            }

            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

        // Make minimal APIs throw on unreadable bodies, so the handler below can say which field was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = DefaultMaxBodyBytes);
        return builder;
    }

    public static WebApplication UseCounselingProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        return app;
    }

    /// <summary>Declares a smaller request-body cap for these endpoints.</summary>
    public static TBuilder WithMaxBodySize<TBuilder>(this TBuilder builder, long maxBytes) where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new MaxBodySizeMetadata(maxBytes));

    public sealed record MaxBodySizeMetadata(long MaxBytes);

    /// <summary>
    /// Enforces the endpoint's cap: a declared length over it is refused before anything is read, and the
    /// server's own limit is lowered for bodies sent without a length.
    /// </summary>
    private sealed class BodySizeLimitMiddleware(RequestDelegate next)
    {
        public Task InvokeAsync(HttpContext context)
        {
            var max = context.GetEndpoint()?.Metadata.GetMetadata<MaxBodySizeMetadata>()?.MaxBytes ?? DefaultMaxBodyBytes;
            if (context.Request.ContentLength > max)
            {
                throw new BadHttpRequestException($"The body may be at most {max} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = max;
            }

            return next(context);
        }
    }
}

/// <summary>Turns exceptions into problem details; stack traces never leave the process.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger, IHostEnvironment env) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case BadHttpRequestException bad:
                problem = FromBadRequest(bad);
                break;
            case Counseling.GrainInterfaces.Payments.PaymentProviderException provider:
                logger.LogWarning("Payment provider failure while handling {Path}: {Message}", httpContext.Request.Path, provider.Message);
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Type = ProblemTypes.Of("payment-provider-unavailable"),
                    Title = ProblemTypes.Catalog["payment-provider-unavailable"].Title,
                };
                httpContext.Response.Headers.RetryAfter = "5";
                break;
            case TimeoutException or OrleansException or Npgsql.NpgsqlException:
                logger.LogError(exception, "A dependency failed while handling {Path}", httpContext.Request.Path);
                problem = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable };
                httpContext.Response.Headers.RetryAfter = "5";
                break;
            default:
                logger.LogError(exception, "Unhandled error while handling {Path}", httpContext.Request.Path);
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Detail = env.IsDevelopment() ? exception.Message : null,
                };
                break;
        }

        if (problem.Status == StatusCodes.Status413PayloadTooLarge &&
            (HttpProtocol.IsHttp11(httpContext.Request.Protocol) || HttpProtocol.IsHttp10(httpContext.Request.Protocol)))
        {
            // The rest of the body is not read, so the server closes the connection after answering; saying so
            // keeps a keep-alive client from sending its next request down a socket that is going away. (HTTP/2
            // and later end just the stream and have no such header.)
            httpContext.Response.Headers.Connection = "close";
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = env.IsDevelopment() ? exception : null,
        });
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return new ProblemDetails { Status = bad.StatusCode, Detail = bad.Message };
        }

        // Name the offending field when the JSON reader knows it ("$.email" -> "email").
        var json = bad.InnerException as JsonException;
        var problem = new HttpValidationProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Of("malformed-request"),
            Title = ProblemTypes.Catalog["malformed-request"].Title,
            Detail = json is null ? bad.Message : "The body is not valid JSON of the expected shape.",
        };
        if (json?.Path is { Length: > 2 } path)
        {
            problem.Errors[path.TrimStart('$', '.')] = ["This value is not in a form we can read. Check it and try again."];
        }

        return problem;
    }
}
