namespace AesSummit.Web.Infrastructure;

/// <summary>
/// A NUL character is never part of an address the portal made: in a path it is answered 400 at once, and in a query it is
/// dropped (a search for "\0protocole" is a search for "protocole"). SQLite would merely find nothing; PostgreSQL refuses
/// such a string outright, which must not become a 500.
/// </summary>
public static class NulCharacters
{
    public static IApplicationBuilder UseNoNulCharacters(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.Value?.Contains('\0', StringComparison.Ordinal) ?? false)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            if (request.QueryString.Value is { } query && query.Contains("%00", StringComparison.Ordinal))
            {
                request.QueryString = new QueryString(query.Replace("%00", string.Empty, StringComparison.Ordinal));
            }

            await next(context);
        });
}
