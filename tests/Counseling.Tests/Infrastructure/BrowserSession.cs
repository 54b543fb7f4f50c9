using Microsoft.Playwright;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// Headless Debian Chromium driven by Playwright, plus an api node served by Kestrel on a real loopback port
/// (the browser needs a real socket and a secure context, which http://127.0.0.1 is). Created once per run.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumVariable = "COUNSELING_TEST_CHROMIUM";

    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public ApiFactory Server { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<BrowserSession> StartAsync(PlatformFixture platform)
    {
        var session = new BrowserSession();
        session.Server = platform.NewApi();
        session.Server.UseKestrel(0);
        session.Server.StartServer();
        session.BaseAddress = session.Server.ClientOptions.BaseAddress;

        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        session._playwright = await Playwright.CreateAsync();
        session.Browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            ],
        });
        return session;
    }

    /// <summary>A fresh, isolated browser profile (own storage) with a phone-sized or desktop viewport.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, string? timeZone = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
            TimezoneId = timeZone,
            Locale = "en-US",
            // axe-core is injected as an inline script, which the platform's own content security policy refuses.
            BypassCSP = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page, signed in through the sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password, bool phone = false, string? timeZone = null)
    {
        var page = await NewPageAsync(phone, timeZone);
        await page.GotoAsync("/");
        var form = page.Locator("#signin-form");
        await form.GetByLabel("Email").FillAsync(email);
        await form.GetByLabel("Password").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#home")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Keeps a screenshot under artifacts/screenshots as evidence of what the user saw.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Repository.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        // A full-page capture of a scrolled page draws the sticky header where the viewport was, mid-page.
        // 'instant' also stops a smooth scroll still under way; two frames let the page settle before the capture.
        await page.EvaluateAsync("() => new Promise(done => { window.scrollTo({ top: 0, behavior: 'instant' }); requestAnimationFrame(() => requestAnimationFrame(done)); })");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Waits until the page's live channel is connected, so a notification sent now is pushed to it.</summary>
    public static Task WaitForLiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("#live-state")).ToHaveAttributeAsync("data-state", "connected");

    /// <summary>
    /// Runs axe-core (from the web client's npm packages) on the page as it is now and fails on any serious or
    /// critical WCAG 2.x A/AA violation, naming each rule and the elements it found.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var axe = Path.Combine(Repository.Root, "api", "web", "node_modules", "axe-core", "axe.min.js");
        if (await page.EvaluateAsync<bool>("() => typeof window.axe === 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        }

        var found = await page.EvaluateAsync<string[]>(
            """
            async () => {
              const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
              return result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`);
            }
            """);
        Assert.True(found.Length == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", found));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
