using System.Text.Json.Nodes;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Counseling.Api.Extensions;

public static class OpenApiExtensions
{
    /// <summary>The OpenAPI document at /openapi/v1.json, corrected where the generator cannot know the api's rules.</summary>
    public static WebApplicationBuilder AddCounselingOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<DefaultedFieldsTransformer>());
        return builder;
    }

    /// <summary>
    /// The generator marks every constructor parameter of a record as required. Some fields are filled in when
    /// omitted, and the omission is accepted: those are documented as optional, with the value they take. Done on
    /// the finished document, where each type has its one schema (a type is also described where it is nested in
    /// a response, and a property that is an enum is a reference by then).
    /// </summary>
    private sealed class DefaultedFieldsTransformer : IOpenApiDocumentTransformer
    {
        private static readonly Dictionary<string, (string Property, JsonNode Default)[]> Defaulted = new()
        {
            [nameof(Availability)] = [("bufferBeforeMinutes", 0), ("bufferAfterMinutes", 0), ("minimumNoticeMinutes", 0)],
            [nameof(ContentOfferDraft)] = [("kind", "course"), ("summary", "")],
            [nameof(CounselorProfile)] = [("bio", "")],
        };

        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            foreach (var (name, fields) in Defaulted)
            {
                if (document.Components?.Schemas?.TryGetValue(name, out var found) != true || found is not OpenApiSchema schema)
                {
                    continue;
                }

                foreach (var (property, value) in fields)
                {
                    schema.Required?.Remove(property);
                    if (schema.Properties?.TryGetValue(property, out var declared) != true)
                    {
                        continue;
                    }

                    // A reference cannot carry a default of its own: the default goes on a schema that wraps it.
                    schema.Properties[property] = declared switch
                    {
                        OpenApiSchema inline => WithDefault(inline, value),
                        _ => new OpenApiSchema { AllOf = [declared!], Default = value.DeepClone() },
                    };
                }
            }

            return Task.CompletedTask;
        }

        private static OpenApiSchema WithDefault(OpenApiSchema schema, JsonNode value)
        {
            schema.Default = value.DeepClone();
            return schema;
        }
    }
}
