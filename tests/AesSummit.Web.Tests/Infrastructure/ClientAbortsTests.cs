using AesSummit.Web.Infrastructure;
using AesSummit.Web.Tests.Support;

namespace AesSummit.Web.Tests.Infrastructure;

/// <summary>A visitor who cancels a download is not an error of the portal.</summary>
public sealed class ClientAbortsTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/textes/protocole-essai/telecharger")]
    [InlineData("/sommets/bamako-test/textes.zip")]
    [InlineData("/")]
    public async Task Request_AbandonedByTheClient_EndsAs499NotAs500(string path)
    {
        _ = _factory.Client();

        var context = await _factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = path;
            c.RequestAborted = new CancellationToken(canceled: true);
        });

        Assert.Equal(ClientAborts.ClientClosedRequest, context.Response.StatusCode);
    }
}
