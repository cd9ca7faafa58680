using AngleSharp.Html.Dom;

namespace AesSummit.Web.Tests.Support;

/// <summary>
/// Requests prepared one by one (each page loaded, each form read) and then released at the same instant, as when several
/// people press their buttons together; a race is only tested when the requests really overlap.
/// </summary>
public static class Together
{
    public static async Task<HttpResponseMessage[]> ReleaseAsync(IEnumerable<Func<Task<HttpResponseMessage>>> requests)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = requests.Select(send => Task.Run(async () =>
        {
            await gate.Task;
            return await send();
        })).ToList();
        gate.SetResult();
        return await Task.WhenAll(started);
    }

    /// <summary>Loads <paramref name="pageUrl"/> now and returns the post of its form, to be released later.</summary>
    public static async Task<Func<Task<HttpResponseMessage>>> PrepareAsync(
        this HttpClient client, string pageUrl, string formSelector, IDictionary<string, string>? fields = null, (string Field, string FileName, byte[] Content)? file = null)
    {
        var form = await client.FormAsync(pageUrl, formSelector);
        return () => client.PostFormAsync(form, pageUrl, fields, file);
    }

    /// <summary>The form as the page shows it now.</summary>
    public static async Task<IHtmlFormElement> FormAsync(this HttpClient client, string pageUrl, string formSelector) =>
        (await client.GetDocumentAsync(pageUrl)).QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");

    /// <summary>The status codes, sorted, for assertions that do not depend on who won.</summary>
    public static int[] Statuses(this IEnumerable<HttpResponseMessage> responses) =>
        responses.Select(r => (int)r.StatusCode).Order().ToArray();
}
