namespace AesSummit.Web.Infrastructure;

/// <summary>
/// A visitor who closes the page or cancels a download half-way is not a fault of the portal: the request ends quietly with
/// status 499 (as nginx logs it), instead of an error and a 500 in the logs.
/// </summary>
public static class ClientAborts
{
    public const int ClientClosedRequest = 499;

    public static IApplicationBuilder UseClientAbortsAsNormal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientAborts))
                    .LogDebug("{Method} {Path} abandoned by the client", context.Request.Method, context.Request.Path);
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = ClientClosedRequest;
                }
            }
        });
}
