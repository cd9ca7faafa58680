using System.Net;
using System.Security.Cryptography;
using System.Text;
using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Tests.Security;

/// <summary>
/// Hostile uploads to the back-office and to the public checker: only the bytes decide what a PDF is, a refused file
/// leaves the store as it was, and a file name never leads anywhere on disk (files live in the store, by checksum).
/// </summary>
public sealed class UploadHostileInputTests : IDisposable
{
    private const int MaxUploadBytes = 4096;

    private readonly SummitAppFactory _factory = new(settings: new Dictionary<string, string>
    {
        ["Texts:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Images:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public void Dispose() => _factory.Dispose();

    private static byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(TempFolder.TestContentPath, "textes", name));

    /// <summary>A valid PDF of its own, so that it is not already in the store.</summary>
    private static byte[] FreshPdf(int padding = 0) =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid()}{new string('x', padding)}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static Dictionary<string, string> Metadata(string title) => new()
    {
        ["Input.Reference"] = "AES/CCE/2025/D-12",
        ["Input.Title"] = title,
        ["Input.Kind"] = "declaration",
        ["Input.AdoptingBody"] = "Collège des Chefs d'État",
        ["Input.AdoptedOn"] = "2025-12-23",
        ["Input.Language"] = "fr",
        ["Input.Summary"] = "Résumé.",
    };

    private Task<string> SnapshotAsync() => _factory.InStoreAsync(StoreSnapshot.TakeAsync);

    public static TheoryData<string, byte[]> NotPdfs() => new()
    {
        { "html", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>") },
        { "svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] },
        { "zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0] },
        { "header only", Encoding.ASCII.GetBytes("%PDF-1.7\n") },
        { "truncated", Pdf("traite-essai.pdf")[..400] },
        { "end marker only", Encoding.ASCII.GetBytes("%%EOF\n") },
        { "header too late", [.. new byte[2048], .. Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")] },
        { "one byte", [0x25] },
    };

    [Theory]
    [MemberData(nameof(NotPdfs))]
    public async Task NewText_WithAFileNamedPdfThatIsNotOne_IsAFormErrorAndStoresNothing(string kind, byte[] content)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var before = await SnapshotAsync();

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata($"Faux PDF {kind}"), ("Input.File", "declaration.pdf", content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("n'est pas un PDF valide", string.Concat((await response.ReadDocumentAsync()).QuerySelectorAll(".field-error").Select(e => e.TextContent)), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("text/html")]
    [InlineData("application/octet-stream")]
    [InlineData("application/x-msdownload")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("")]
    public async Task NewText_WithARealPdfUnderAForgedContentType_IsAcceptedAndServedAsPdf(string contentType)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var pdf = FreshPdf();

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata("PDF sous un faux type"), ("Input.File", "declaration.png", pdf), contentType);

        // The declared type is the sender's claim: the bytes are a PDF, and the store says so.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await _factory.InStoreAsync(db => db.TextFileVersions.Where(f => f.Sha256 == Convert.ToHexStringLower(SHA256.HashData(pdf))).Select(f => f.MediaType).SingleAsync());
        Assert.Equal("application/pdf", stored);
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("application/pdf; charset=utf-8")]
    public async Task NewText_WithANonPdfDeclaredAsPdf_IsRefused(string contentType)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var before = await SnapshotAsync();

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata("Faux"), ("Input.File", "x.pdf", Encoding.UTF8.GetBytes("MZ\u0090\0 pas un PDF")), contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task NewText_WithAnEmptyFile_IsAFormErrorAndStoresNothing()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var before = await SnapshotAsync();

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata("Vide"), ("Input.File", "vide.pdf", []));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(string.Concat((await response.ReadDocumentAsync()).QuerySelectorAll(".field-error").Select(e => e.TextContent)).Trim());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task NewText_WithAFileOverTheConfiguredLimit_IsAFormErrorAndStoresNothing()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var before = await SnapshotAsync();

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata("Trop gros"), ("Input.File", "gros.pdf", FreshPdf(MaxUploadBytes)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(string.Concat((await response.ReadDocumentAsync()).QuerySelectorAll(".field-error").Select(e => e.TextContent)).Trim());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task ProposedFile_OverTheLimitOrNotAPdf_IsRefusedAndTheTextKeepsItsFile()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var page = $"/gestion/textes/{await _factory.InStoreAsync(db => db.OfficialTexts.Where(t => t.Slug == "protocole-essai").Select(t => t.Id).SingleAsync())}";
        var before = await SnapshotAsync();

        var tooLarge = await writer.SubmitAsync(page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "v2.pdf", FreshPdf(MaxUploadBytes)));
        var notPdf = await writer.SubmitAsync(page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "v2.pdf", Encoding.UTF8.GetBytes("<svg onload=alert(1)>")));
        var empty = await writer.SubmitAsync(page, "form[action*=ProposeEdition]", TextForms.NewEdition, file: ("NewFile", "v2.pdf", []));

        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull((await notPdf.ReadDocumentAsync()).Alert());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("../../evil.pdf")]
    [InlineData("..\\..\\evil.pdf")]
    [InlineData("/etc/cron.d/evil.pdf")]
    [InlineData("C:\\Windows\\System32\\evil.pdf")]
    [InlineData("%2e%2e%2fevil.pdf")]
    [InlineData("evil\u0000.pdf")]
    [InlineData("<script>alert(1)</script>.pdf")]
    [InlineData("..")]
    [InlineData("")]
    public async Task NewText_WithAHostileFileName_KeepsOnlyAPlainNameAndWritesNoFile(string fileName)
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var pdf = FreshPdf();

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata($"Nom hostile {fileName.Length}"), ("Input.File", fileName, pdf));

        Assert.True((int)response.StatusCode is 302 or 400, $"{fileName} answered {(int)response.StatusCode}");
        var stored = await _factory.InStoreAsync(db => db.TextFileVersions.Where(f => f.Sha256 == Convert.ToHexStringLower(SHA256.HashData(pdf))).Select(f => f.FileName).ToListAsync());
        foreach (var name in stored)
        {
            Assert.DoesNotContain('/', name);
            Assert.DoesNotContain('\\', name);
            Assert.False(name.StartsWith("..", StringComparison.Ordinal), name);
            Assert.DoesNotContain(name, char.IsControl);
        }

        // The bytes went to the store, nowhere else: the test's folder holds the database, the logs, and the files named by
        // their SHA-256 (files/ab/ab12…), never by the name the sender gave.
        Assert.DoesNotContain(
            Directory.EnumerateFiles(_factory.Folder.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_factory.Folder.Path, f)),
            f => !f.StartsWith("summit.db", StringComparison.Ordinal) && !f.StartsWith("logs", StringComparison.Ordinal)
                && !System.Text.RegularExpressions.Regex.IsMatch(f, "^files/([0-9a-f]{2})/\\1[0-9a-f]{62}$"));
        foreach (var folder in new[] { _factory.Folder.Path, Path.GetTempPath(), AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            Assert.False(File.Exists(Path.Combine(folder, "evil.pdf")), folder);
            Assert.False(File.Exists(Path.GetFullPath(Path.Combine(folder, "..", "..", "evil.pdf"))), folder);
        }
    }

    [Fact]
    public async Task NewText_WithAVeryLongFileName_IsAcceptedWithTheNameShortened()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var pdf = FreshPdf();

        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata("Nom très long"), ("Input.File", new string('n', 5000) + ".pdf", pdf));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var name = await _factory.InStoreAsync(db => db.TextFileVersions.Where(f => f.Sha256 == Convert.ToHexStringLower(SHA256.HashData(pdf))).Select(f => f.FileName).SingleAsync());
        Assert.True(name.Length <= 200, $"{name.Length} characters kept");
    }

    [Fact]
    public async Task Form_WithAFileNameBeyondTheMultipartHeaderLimit_IsA400AndStoresNothing()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var before = await SnapshotAsync();

        // ASP.NET's form reader allows 16 KB of headers per part.
        var response = await writer.SubmitAsync("/gestion/textes/nouveau", "main form", Metadata("En-tête énorme"), ("Input.File", new string('n', 20_000) + ".pdf", FreshPdf()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Form_WithMoreFieldsThanTheFormReaderAllows_IsA400AndStoresNothing()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var before = await SnapshotAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Trop de champs",
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = "Corps.",
            ["Input.Pillars"] = "diplomatie",
        };
        foreach (var i in Enumerable.Range(0, 1100))
        {
            fields[$"champ{i}"] = "x";
        }

        var response = await writer.SubmitAsync("/gestion/articles/nouveau", "main form", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Form_LargerThanARequestMaySend_IsA413AndStoresNothing()
    {
        var writer = await _factory.SignedInAsync("redacteur@aes.test", Roles.Writer);
        var before = await SnapshotAsync();

        // A request may send the largest file accepted (here 4 KB) and 1 MB of form around it.
        var response = await writer.SubmitAsync("/gestion/articles/nouveau", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Valeur énorme",
            ["Input.Summary"] = "Résumé.",
            ["Input.Body"] = new string('B', 5 * 1024 * 1024),
            ["Input.Pillars"] = "diplomatie",
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task SignIn_LargerThanARequestMaySend_IsA413()
    {
        var response = await _factory.Client().SubmitAsync("/compte/connexion", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = new string('e', 5 * 1024 * 1024),
            ["Input.Password"] = "x",
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        // The French error page, though the form was not read at all.
        Assert.Equal("Fichier trop volumineux", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Checker_WithAFileOverTheLimit_IsA400WithAMessage()
    {
        var response = await _factory.Client().SubmitAsync("/textes/verifier", "form[method=post]", file: ("file", "../../gros.pdf", FreshPdf(MaxUploadBytes)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadDocumentAsync()).Alert());
    }

    [Theory]
    [InlineData("image/png", "../../protocole.pdf")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>.pdf")]
    [InlineData("application/pdf", "evil\u0000.pdf")]
    public async Task Checker_WithForgedTypeOrName_OnlyHashesTheBytes(string contentType, string fileName)
    {
        var response = await _factory.Client().SubmitAsync("/textes/verifier", "form[method=post]", file: ("file", fileName, Pdf("protocole-essai.pdf")), fileContentType: contentType);

        var page = await response.Content.ReadAsStringAsync();
        if (fileName.Contains('\0', StringComparison.Ordinal))
        {
            // ASP.NET's multipart reader refuses a part header with NUL before the page runs.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Hostile.AssertInert(page, fileName, "the checker");
        Assert.Contains("Texte officiel", Html.Parse(page).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }
}
