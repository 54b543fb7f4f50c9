using System.Text.Json;
using Counseling.Api.Apis;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class AssessmentInstrumentsApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task AnyoneCanReadTheInstrumentsWithTheirCodesOptionsAndBands()
    {
        using var anonymous = platform.CreateClient();
        var instruments = JsonDocument.Parse(await anonymous.GetStringAsync(Routes.AssessmentInstruments.Prefix)).RootElement;

        Assert.Equal(["phq-9", "gad-7"], instruments.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var phq9 = instruments[0];
        Assert.Equal("44249-1", phq9.GetProperty("formLoinc").GetString());
        Assert.Equal(9, phq9.GetProperty("items").GetArrayLength());
        Assert.Equal("Thoughts that you would be better off dead or of hurting yourself in some way", phq9.GetProperty("items")[8].GetProperty("text").GetString());
        Assert.Equal([0, 1, 2, 3], phq9.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetInt32()));
        Assert.Equal("Nearly every day", phq9.GetProperty("options")[3].GetProperty("label").GetString());
        Assert.Equal(["minimal", "mild", "moderate", "moderately-severe", "severe"], phq9.GetProperty("bands").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Equal("69722-7", phq9.GetProperty("difficulty").GetProperty("loinc").GetString());
        var gad7 = instruments[1];
        Assert.Equal(("69737-5", "70274-6", 7), (gad7.GetProperty("formLoinc").GetString(), gad7.GetProperty("totalLoinc").GetString(), gad7.GetProperty("items").GetArrayLength()));
        Assert.Equal(JsonValueKind.Null, gad7.GetProperty("difficulty").ValueKind);
    }
}
