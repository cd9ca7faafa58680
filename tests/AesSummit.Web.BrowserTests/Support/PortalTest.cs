namespace AesSummit.Web.BrowserTests.Support;

/// <summary>A browser test class: each test gets a portal of its own (own store, fixed clock) on the run's one Chromium.</summary>
public abstract class PortalTest(Chromium chromium, string? contentPath = null) : IAsyncLifetime
{
    protected Portal Portal { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Portal = new Portal(chromium, contentPath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}
