using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace AesSummit.Web.Tests.Support;

/// <summary>Submits the portal's real forms, antiforgery token included, as a browser would.</summary>
public static class Forms
{
    /// <summary>Loads <paramref name="pageUrl"/>, fills the form matching <paramref name="formSelector"/> and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, string formSelector, IDictionary<string, string>? fields = null, (string Field, string FileName, byte[] Content)? file = null, string fileContentType = "application/pdf")
    {
        using var page = await client.GetAsync(pageUrl);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.StatusCode}");
        var document = Html.Parse(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        return await client.PostFormAsync(form, pageUrl, fields, file, fileContentType);
    }

    /// <summary>Posts <paramref name="form"/> of the page at <paramref name="pageUrl"/> to its action (or a button's <paramref name="formAction"/>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, IHtmlFormElement form, string pageUrl, IDictionary<string, string>? fields = null, (string Field, string FileName, byte[] Content)? file = null, string fileContentType = "application/pdf", string? formAction = null)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    values.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "file" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
            }
        }

        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var action = formAction ?? form.GetAttribute("action");
        var target = new Uri(new Uri("http://localhost" + pageUrl), string.IsNullOrEmpty(action) ? pageUrl : action).PathAndQuery;
        HttpContent content;
        if (file is { } upload)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in values)
            {
                multipart.Add(new StringContent(value), name);
            }

            var bytes = new ByteArrayContent(upload.Content);
            bytes.Headers.TryAddWithoutValidation("Content-Type", fileContentType);

            // Written as is, not through ContentDispositionHeaderValue, so that tests may send the names a hostile client would.
            bytes.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{upload.Field}\"; filename=\"{upload.FileName}\"");
            multipart.Add(bytes);
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(values);
        }

        return await client.PostAsync(target, content);
    }

    public static IElement? Alert(this AngleSharp.Html.Dom.IHtmlDocument document) => document.QuerySelector("[role=alert]");
}
