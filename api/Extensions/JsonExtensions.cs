using System.Text.Json;
using System.Text.Json.Serialization;

namespace Counseling.Api.Extensions;

public static class JsonExtensions
{
    /// <summary>Enums travel as kebab-case words ("late-cancelled", "video", "monday"), never as numbers.</summary>
    public static WebApplicationBuilder AddCounselingJson(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));
        return builder;
    }
}
