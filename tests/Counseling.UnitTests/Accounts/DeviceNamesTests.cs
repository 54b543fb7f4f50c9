using Counseling.Api.Auth;

namespace Counseling.UnitTests.Accounts;

public sealed class DeviceNamesTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome on Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari on iPhone")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:132.0) Gecko/20100101 Firefox/132.0", "Firefox on Mac")]
    [InlineData("curl/8.5.0", "curl/8.5.0")]
    [InlineData("", "Unknown device")]
    [InlineData(null, "Unknown device")]
    public void AUserAgentReadsAsTheDeviceAPersonKnows(string? userAgent, string expected) =>
        Assert.Equal(expected, DeviceNames.From(userAgent));
}
