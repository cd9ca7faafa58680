using AesSummit.Web.Infrastructure;

var (verb, verbArgs, hostArgs) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddSummitPortal();
var app = builder.Build();

if (verb is not null)
{
    return await app.RunAsync(verb, verbArgs);
}

if (!await app.InitializeStoreAsync())
{
    return 2;
}

// Not under the tests' host: it shares its process with every other test, and a compacting collection would stall them all.
if (!app.Environment.IsEnvironment("Testing"))
{
    ProcessMemory.ReleaseAfterStartup();
}

app.UseSummitPortal();
await app.RunAsync();
return 0;

/// <summary>The portal's entry point; public so that tests can start it.</summary>
public partial class Program;
