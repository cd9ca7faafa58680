using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Media;
using AesSummit.Web.Features.Notifications;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Articles;

/// <summary>An article in the back-office: its text, its audit trail, and the moves the current user may make.</summary>
public sealed class DetailsModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, WorkflowNotifications notifications, ImageIntake intake, ILogger<DetailsModel> logger)
    : WorkflowPageModel<Article>(db, clock, localizer, notifications, logger)
{
    public long MaxImageBytes => intake.MaxUploadBytes;

    /// <summary>An image added to the article.</summary>
    [BindProperty]
    public IFormFile? ImageFile { get; set; }

    /// <summary>What is said of an image, added or described.</summary>
    [BindProperty]
    public ImageForm Image { get; set; } = new();

    /// <summary>The author adds an image: checked and processed by libvips, stored without its metadata.</summary>
    public async Task<IActionResult> OnPostAddImageAsync(int id)
    {
        // Rights and state first: an image from someone who may not add one is not even decoded.
        var article = await Db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (article is null || !MaySee(article))
        {
            return NotFound();
        }

        if (!article.CanBeEditedBy(Me))
        {
            return Forbid();
        }

        var refusal = ModelState.IsValid ? null : "Images.DescriptionInvalid";
        ProcessedImage? image = null;
        if (refusal is null)
        {
            (image, refusal) = await intake.AcceptAsync(ImageFile, HttpContext.RequestAborted);
        }

        if (image is null)
        {
            ErrorMessage = Localizer[refusal!, Display.FileSize(intake.MaxUploadBytes)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var name = ImageName(Image.Name, ImageFile!.FileName);
        return await ActAsync(id, "image added", a => a.AddImage(name, image, Image.Description(), Image.IsLead, Me, NowUtc), "Flash.ImageAdded");
    }

    /// <summary>The author says what an image shows, or that it is decorative, and which image leads.</summary>
    public Task<IActionResult> OnPostDescribeImageAsync(int id) =>
        ModelState.IsValid
            ? ActAsync(id, "image described", a => a.DescribeImage(Image.Name ?? string.Empty, Image.Description(), Image.IsLead, Me, NowUtc), "Flash.ImageDescribed")
            : RefuseFormAsync(id);

    public Task<IActionResult> OnPostRemoveImageAsync(int id) =>
        ActAsync(id, "image removed", a => a.RemoveImage(Image.Name ?? string.Empty, Me, NowUtc), "Flash.ImageRemoved");

    private async Task<IActionResult> RefuseFormAsync(int id)
    {
        ErrorMessage = Localizer["Images.DescriptionInvalid"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    /// <summary>The name the body calls the image by: the one given, or the file's, made a slug.</summary>
    private static string ImageName(string? given, string fileName)
    {
        var slug = Slugs.From(string.IsNullOrWhiteSpace(given) ? Path.GetFileNameWithoutExtension(fileName) : given);
        return slug.Length > ArticleImage.MaxNameLength - 3 ? slug[..(ArticleImage.MaxNameLength - 3)].TrimEnd('-') : slug;
    }

    public Article Article { get; private set; } = null!;

    public IReadOnlyList<ArticleAuditEntry> History { get; private set; } = [];

    /// <summary>Every saved version of the words, oldest first.</summary>
    public IReadOnlyList<RevisionLine> Revisions { get; private set; } = [];

    /// <summary>The correction of the published article under way, if any.</summary>
    public ArticleEdition? Edition { get; private set; }

    /// <summary>What the correction changes in the published words, for the Secretariat that validates it.</summary>
    public ArticleChanges? EditionChanges { get; private set; }

    /// <summary>A writer starts a correction of the published article.</summary>
    public Task<IActionResult> OnPostStartEditionAsync(int id) =>
        ActAsync(id, "correction started", a => Db.ArticleEditions.Add(a.StartEdition(Me, NowUtc)), "Flash.EditionStarted");

    public async Task<IActionResult> OnPostSubmitEditionAsync(int id)
    {
        var edition = await OpenEditionAsync(id);
        return await ActAsync(id, "correction submitted", a => a.SubmitEdition(edition ?? throw new WorkflowException(WorkflowRefusal.WrongState), Me, NowUtc), "Flash.EditionSubmitted");
    }

    public async Task<IActionResult> OnPostValidateEditionAsync(int id)
    {
        var edition = await OpenEditionAsync(id);
        return await ActAsync(id, "correction validated", a => a.ValidateEdition(edition ?? throw new WorkflowException(WorkflowRefusal.WrongState), Me, NowUtc), "Flash.EditionValidated");
    }

    public async Task<IActionResult> OnPostSendBackEditionAsync(int id)
    {
        var edition = await OpenEditionAsync(id);
        return await ActAsync(id, "correction sent back", a => a.SendBackEdition(edition ?? throw new WorkflowException(WorkflowRefusal.WrongState), Me, Reason ?? string.Empty, NowUtc), "Flash.EditionSentBack");
    }

    private Task<ArticleEdition?> OpenEditionAsync(int id) =>
        Db.ArticleEditions.FirstOrDefaultAsync(e => e.ArticleId == id && e.Status != EditionStatus.Validated);

    /// <summary>
    /// What changed since the Secretariat last read the article (the version it sent back), word by word; null when it
    /// has not come back after a send-back.
    /// </summary>
    public ArticleChanges? SinceSentBack { get; private set; }

    /// <summary>The article's versions in other languages (under the same slug), each with its own workflow.</summary>
    public IReadOnlyList<ArticleVersion> Versions { get; private set; } = [];

    protected override Task<Article?> FindForChangeAsync(int id) =>
        Db.Articles.Include(a => a.Images).FirstOrDefaultAsync(a => a.Id == id);

    protected override string Describe(Article item) => $"Article {item.Slug}";

    protected override string TitleOf(Article item) => item.Title;

    protected override async Task<IReadOnlyList<object>> TrailAsync(Article item) =>
        [.. await Db.ArticleAuditEntries.Where(e => e.ArticleId == item.Id).ToListAsync(), .. await Db.ArticleRevisions.Where(r => r.ArticleId == item.Id).ToListAsync()];

    protected override async Task<bool> LoadAsync(int id)
    {
        var article = await Db.Articles.AsNoTracking().Include(a => a.Summit).Include(a => a.Images).FirstOrDefaultAsync(a => a.Id == id);
        if (article is null || !MaySee(article))
        {
            return false;
        }

        Article = article;
        Versions = await Db.Articles.AsNoTracking().Where(a => a.Slug == article.Slug && a.Id != article.Id)
            .Select(a => new ArticleVersion(a.Id, a.Language, a.Status)).ToListAsync();
        History = await Db.ArticleAuditEntries.AsNoTracking().Where(e => e.ArticleId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
        Revisions = await Db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.SavedAtUtc).ThenBy(r => r.Id)
            .Select(r => new RevisionLine(r.Id, r.SavedAtUtc, r.ByName))
            .ToListAsync();
        Edition = await Db.ArticleEditions.AsNoTracking().FirstOrDefaultAsync(e => e.ArticleId == id && e.Status != EditionStatus.Validated);
        EditionChanges = Edition is null ? null : new ArticleChanges(
            Edition.CreatedAtUtc,
            WordDiff.Compare(article.Title, Edition.Title),
            WordDiff.Compare(article.Summary, Edition.Summary),
            WordDiff.Compare(article.BodyMarkdown, Edition.BodyMarkdown));
        SinceSentBack = null;
        if (article.Status == PublicationStatus.Submitted && History.LastOrDefault(e => e.Action == WorkflowAction.SentBack) is { } sentBack)
        {
            // The version the Secretariat read when it sent the article back: the last one saved before that moment.
            var seen = await Db.ArticleRevisions.AsNoTracking()
                .Where(r => r.ArticleId == id && r.SavedAtUtc <= sentBack.AtUtc)
                .OrderByDescending(r => r.SavedAtUtc).ThenByDescending(r => r.Id)
                .FirstOrDefaultAsync();
            if (seen is not null)
            {
                SinceSentBack = new ArticleChanges(
                    sentBack.AtUtc,
                    WordDiff.Compare(seen.Title, article.Title),
                    WordDiff.Compare(seen.Summary, article.Summary),
                    WordDiff.Compare(seen.BodyMarkdown, article.BodyMarkdown));
            }
        }

        return true;
    }
}

/// <summary>One saved version in the article's list of versions.</summary>
public sealed record RevisionLine(long Id, DateTime SavedAtUtc, string ByName);

/// <summary>What changed in an article's title, summary and text since a moment, word by word.</summary>
public sealed record ArticleChanges(DateTime SinceUtc, IReadOnlyList<DiffPiece> Title, IReadOnlyList<DiffPiece> Summary, IReadOnlyList<DiffPiece> Body)
{
    public bool Any => WordDiff.HasChanges(Title) || WordDiff.HasChanges(Summary) || WordDiff.HasChanges(Body);
}

/// <summary>Another language's version of an article, as its back-office page links to it.</summary>
public sealed record ArticleVersion(int Id, string Language, PublicationStatus Status);
