using System.Net;
using System.Text;
using System.Xml.Linq;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Pages.Gestion;

/// <summary>Images through the back-office: checked by their bytes, stripped, described, and public only with their article.</summary>
public sealed class ArticleImageTests : IDisposable
{
    private readonly SummitAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Description(string? alt = "La salle des conférences de Bamako", bool lead = true, bool decorative = false) => new()
    {
        ["Image.AltText"] = alt ?? string.Empty,
        ["Image.IsDecorative"] = decorative ? "true" : "false",
        ["Image.Caption"] = "La salle avant l'ouverture (illustration de démonstration).",
        ["Image.Credit"] = "© Secrétariat Permanent / Essai",
        ["Image.IsLead"] = lead ? "true" : "false",
        ["Image.Name"] = "salle",
    };

    private static Task<HttpResponseMessage> AddImageAsync(HttpClient writer, string page, byte[] image, Dictionary<string, string>? fields = null) =>
        writer.SubmitAsync(page, "form[action*=AddImage]", fields ?? Description(), ("ImageFile", "photo.jpg", image), "image/jpeg");

    /// <summary>The files of the images uploaded here (the test content's own are left out).</summary>
    private Task<List<StoredImageFile>> FilesAsync() =>
        _factory.InStoreAsync(async db => (await db.ArticleImages.AsNoTracking().Where(i => i.SourceSha256 == null).ToListAsync()).SelectMany(i => i.Renditions.Prepend(i.Original)).ToList());

    private async Task<(HttpClient Writer, HttpClient Secretariat, string Page)> ArticleWithPhotoAsync(string title, string body = "Corps.")
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var secretariat = await _factory.SignedInAsync("sp@aes.test", Roles.PermanentSecretariat);
        var page = await ArticleForms.CreateAsync(writer, title, body);
        Assert.Equal(HttpStatusCode.Redirect, (await AddImageAsync(writer, page, TestImages.JpegWithGpsAndSerial())).StatusCode);
        return (writer, secretariat, page);
    }

    private async Task PublishAsync(HttpClient writer, HttpClient secretariat, string page)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Validate]")).StatusCode);
    }

    [Fact]
    public async Task Photo_WithGpsAndSerial_IsServedWithoutAnyOfIt_AndOnlyOnceTheArticleIsValidated()
    {
        var (writer, secretariat, page) = await ArticleWithPhotoAsync("La salle est prête");
        var files = await FilesAsync();
        Assert.Equal(9, files.Count);
        var visitor = _factory.Client();

        foreach (var file in files)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(MediaEndpoints.PublicUrl(file))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync(MediaEndpoints.StaffUrl(file))).StatusCode);
        }

        await PublishAsync(writer, secretariat, page);

        foreach (var file in files)
        {
            using var response = await visitor.GetAsync(MediaEndpoints.PublicUrl(file));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(file.MediaType, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal($"\"{file.Sha256}\"", response.Headers.ETag!.Tag);
            var text = Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync());
            Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
            Assert.DoesNotContain("GPS", text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestImages.CameraSerial, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PublishedArticle_ShowsItsLeadAsAPictureWithSizes_AndInPreviewsAndFeeds()
    {
        var (writer, secretariat, page) = await ArticleWithPhotoAsync("Ouverture en images", "Avant.\n\n![Vue de la tribune](image:salle)\n\nAprès ![](https://ailleurs.example/pixel.png).");
        await PublishAsync(writer, secretariat, page);
        var visitor = _factory.Client();

        var article = await visitor.GetDocumentAsync("/journal/ouverture-en-images");

        var lead = article.QuerySelector("article figure.photo picture img")!;
        Assert.Equal(("1200", "800", "La salle des conférences de Bamako"), (lead.GetAttribute("width"), lead.GetAttribute("height"), lead.GetAttribute("alt")));
        Assert.Null(lead.GetAttribute("loading"));
        Assert.Equal(4, lead.GetAttribute("srcset")!.Split(", ").Length);
        Assert.Equal("image/webp", article.QuerySelector("article figure.photo picture source")!.GetAttribute("type"));
        var inBody = article.QuerySelector(".prose figure.photo img")!;
        Assert.Equal(("lazy", "Vue de la tribune"), (inBody.GetAttribute("loading"), inBody.GetAttribute("alt")));
        Assert.Contains("© Secrétariat Permanent / Essai", article.QuerySelector(".prose figure.photo figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ailleurs.example", article.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.All(article.QuerySelectorAll("img"), img => Assert.StartsWith("/medias/", img.GetAttribute("src"), StringComparison.Ordinal));

        Assert.EndsWith(".jpg", article.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("1200", article.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.Equal("La salle des conférences de Bamako", article.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        Assert.Contains("\"ImageObject\"", article.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);

        var rss = XDocument.Parse(await visitor.GetStringAsync("/journal/rss.xml"));
        var enclosure = rss.Descendants("item").First(i => i.Element("title")!.Value == "Ouverture en images").Element("enclosure")!;
        Assert.Equal("image/jpeg", enclosure.Attribute("type")!.Value);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(enclosure.Attribute("url")!.Value).AbsolutePath)).StatusCode);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var atomFeed = XDocument.Parse(await visitor.GetStringAsync("/journal/atom.xml"));
        Assert.Contains(atomFeed.Descendants(atom + "link"), l => l.Attribute("rel")?.Value == "enclosure");
    }

    [Fact]
    public async Task Submit_WithAnImageWithoutAltText_IsRefusedInFrench_UntilDescribedOrDecorative()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var page = await ArticleForms.CreateAsync(writer, "Sans texte alternatif");
        Assert.Equal(HttpStatusCode.Redirect, (await AddImageAsync(writer, page, TestImages.Png(), Description(alt: null))).StatusCode);

        var refused = await writer.SubmitAsync(page, "form[action*=Submit]");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("texte alternatif", (await refused.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=DescribeImage]", Description(alt: null, decorative: true))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(page, "form[action*=Submit]")).StatusCode);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "text named .jpg", Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), "n'est pas une image" },
        { "truncated", TestImages.Truncated(), "incomplète ou abîmée" },
        { "decompression bomb", TestImages.DecompressionBomb(), "trop de pixels" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AddImage_OfWhatIsNotAUsableImage_IsAFrenchFormErrorAndStoresNothing(string what, byte[] bytes, string message)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var page = await ArticleForms.CreateAsync(writer, $"Essai {what}");

        var response = await AddImageAsync(writer, page, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await FilesAsync());
    }

    [Fact]
    public async Task WithdrawnArticle_ImagesAreNoLongerServed()
    {
        var (writer, secretariat, page) = await ArticleWithPhotoAsync("Bientôt retiré");
        await PublishAsync(writer, secretariat, page);
        var file = (await FilesAsync())[0];
        Assert.Equal(HttpStatusCode.OK, (await _factory.Client().GetAsync(MediaEndpoints.PublicUrl(file))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.SubmitAsync(page, "form[action*=Withdraw]", new Dictionary<string, string> { ["Reason"] = "Erreur de photo." })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Client().GetAsync(MediaEndpoints.PublicUrl(file))).StatusCode);
        Assert.DoesNotContain("/medias/", await _factory.Client().GetStringAsync("/journal/bientot-retire"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftImage_IsNotShownToAnotherWriter()
    {
        var (_, _, _) = await ArticleWithPhotoAsync("Brouillon illustré");
        var other = await _factory.SignedInAsync("autre@aes.test", Roles.Writer);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(MediaEndpoints.StaffUrl((await FilesAsync())[0]))).StatusCode);
    }
}
