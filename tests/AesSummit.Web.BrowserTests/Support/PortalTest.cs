namespace AesSummit.Web.BrowserTests.Support;

/// <summary>A browser test class: each test gets a portal of its own (own store, fixed clock) on the run's one Chromium.</summary>
public abstract class PortalTest(Chromium chromium, string? contentPath = null) : IAsyncLifetime
{
    private Portal? _portal;

    protected Portal Portal => _portal ?? throw new InvalidOperationException("The portal starts in InitializeAsync.");

    public Task InitializeAsync()
    {
        _portal = new Portal(chromium, contentPath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
    }
}
