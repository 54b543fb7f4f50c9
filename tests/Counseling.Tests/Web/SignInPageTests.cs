using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class SignInPageTests(PlatformFixture platform)
{
    private const string Password = "a calm walk by the river";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APersonSignsUpSignsOutAndSignsBackIn(bool phone)
    {
        var browser = await platform.BrowserAsync();
        var page = await browser.NewPageAsync(phone);
        var email = PlatformFixture.UniqueEmail("browser");
        var device = phone ? "phone" : "desktop";

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Create account" }).ClickAsync();
        var signup = page.Locator("#signup-form");
        await signup.GetByLabel("someone looking for support").CheckAsync();
        await signup.GetByLabel("Your name").FillAsync("Robin <b>Bold</b>");
        await signup.GetByLabel("Email").FillAsync(email);
        await signup.GetByLabel("Password").FillAsync(Password);
        await BrowserSession.ScreenshotAsync(page, $"signup-filled-{device}");
        await signup.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(page.Locator("#home-name")).ToHaveTextAsync("Robin <b>Bold</b>"); // shown as text, not markup
        await Assertions.Expect(page.Locator("#home-role")).ToHaveTextAsync("client");
        await BrowserSession.ScreenshotAsync(page, $"signed-in-{device}");

        await page.ReloadAsync(); // the session survives a reload through the refresh token
        await Assertions.Expect(page.Locator("#home-name")).ToHaveTextAsync("Robin <b>Bold</b>");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("#signin-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#home")).ToBeHiddenAsync();

        var signin = page.Locator("#signin-form");
        await signin.GetByLabel("Email").FillAsync(email.ToUpperInvariant());
        await signin.GetByLabel("Password").FillAsync(Password);
        await signin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#home-name")).ToHaveTextAsync("Robin <b>Bold</b>");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AWrongPasswordShowsAnErrorAndAWeakOneNamesThePasswordField()
    {
        var browser = await platform.BrowserAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        var signin = page.Locator("#signin-form");
        await signin.GetByLabel("Email").FillAsync(PlatformFixture.UniqueEmail("nobody"));
        await signin.GetByLabel("Password").FillAsync("whatever it is");
        await signin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(signin.Locator(".form-error")).ToHaveTextAsync("Email or password is incorrect");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Create account" }).ClickAsync();
        var signup = page.Locator("#signup-form");
        await signup.GetByLabel("Your name").FillAsync("Weak Password");
        await signup.GetByLabel("Email").FillAsync(PlatformFixture.UniqueEmail("weak"));
        await signup.GetByLabel("Password").FillAsync("password1");
        await signup.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(signup.Locator(".field-error[data-for=password]")).ToContainTextAsync("commonly used");
        await Assertions.Expect(signup.GetByLabel("Password")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserSession.ScreenshotAsync(page, "signup-weak-password");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnIncompleteSignUpIsAnsweredInPlainSentencesBesideEachField()
    {
        var browser = await platform.BrowserAsync();
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Create account" }).ClickAsync();
        var signup = page.Locator("#signup-form");
        await signup.GetByLabel("Email").FillAsync("not an address");
        await signup.GetByLabel("Password").FillAsync("short");
        await signup.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(signup.Locator(".field-error[data-for=displayName]")).ToHaveTextAsync("Tell us your name.");
        await Assertions.Expect(signup.Locator(".field-error[data-for=email]")).ToHaveTextAsync("Enter an email address such as name@example.com.");
        await Assertions.Expect(signup.Locator(".field-error[data-for=password]")).ToHaveTextAsync("Use at least 8 characters.");
        await Assertions.Expect(signup.Locator(".form-error")).ToHaveTextAsync("Please correct the highlighted fields.");
        var shown = await signup.InnerTextAsync();
        Assert.DoesNotContain("The field", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", shown, StringComparison.Ordinal);
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "signup-plain-errors-phone");
        await page.Context.CloseAsync();
    }
}
