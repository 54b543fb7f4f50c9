using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class DirectoryPageTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task LanguagesArePickedAndShownByNameWhileTheApiGetsCodes()
    {
        var browser = await platform.BrowserAsync();
        await platform.BookableCounselorAsync(Scenario.Profile("Dr. Habla Espanol") with { Languages = ["en", "es"] });
        await platform.BookableCounselorAsync(Scenario.Profile("Dr. Fala Portugues", language: "pt-BR"));
        var client = await platform.RegisterAsync("client", displayName: "Lola Language");

        foreach (var phone in new[] { false, true })
        {
            var page = await browser.SignedInPageAsync(client.User.Email, Password, phone);
            await page.GotoAsync("/#/find");
            var filters = page.Locator("form.filters");
            await filters.GetByLabel("Language").SelectOptionAsync(new SelectOptionValue { Label = "Spanish" });
            var request = await page.RunAndWaitForRequestAsync(
                () => filters.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync(),
                r => r.Url.Contains("/api/counselors?", StringComparison.Ordinal));
            Assert.Contains("language=es", request.Url, StringComparison.Ordinal);

            var spanish = page.Locator(".counselor-card").Filter(new() { HasText = "Dr. Habla Espanol" });
            await Assertions.Expect(spanish).ToContainTextAsync("English, Spanish");
            await Assertions.Expect(page.Locator(".counselor-card").Filter(new() { HasText = "Dr. Fala Portugues" })).ToHaveCountAsync(0);
            Assert.DoesNotContain("en, es", await spanish.InnerTextAsync(), StringComparison.Ordinal);
            await BrowserSession.AssertAccessibleAsync(page);
            await BrowserSession.ScreenshotAsync(page, phone ? "directory-spanish-phone" : "directory-spanish");

            // "Portuguese" finds a counselor who listed the regional tag "pt-BR", shown by its own name.
            await filters.GetByLabel("Language").SelectOptionAsync(new SelectOptionValue { Label = "Portuguese" });
            await filters.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await Assertions.Expect(page.Locator(".counselor-card").Filter(new() { HasText = "Dr. Fala Portugues" })).ToContainTextAsync("Brazilian Portuguese");
            await page.Context.CloseAsync();
        }
    }
}
