using AesSummit.Web.Features.Accounts;
using AesSummit.Web.Features.Notifications;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using AesSummit.Web.Infrastructure;
using AesSummit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Gestion.Textes;

/// <summary>An official text in the back-office: metadata, file versions, audit trail and moves, including file replacement.</summary>
public sealed class DetailsModel(SummitDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, TextFileIntake intake, WorkflowNotifications notifications, AesSummit.Web.Infrastructure.Languages.PortalLanguages languages, ILogger<DetailsModel> logger)
    : WorkflowPageModel<OfficialText>(db, clock, localizer, notifications, logger)
{
    public OfficialText Text { get; private set; } = null!;

    public IReadOnlyList<TextAuditEntry> History { get; private set; } = [];

    /// <summary>Other texts holding one of this text's files, byte for byte.</summary>
    public IReadOnlyList<(int Id, string Title)> SameFileTexts { get; private set; } = [];

    [BindProperty]
    public IFormFile? NewFile { get; set; }

    /// <summary>The public note of a new edition.</summary>
    [BindProperty]
    public string? ChangeNote { get; set; }

    [BindProperty]
    public string? NewTitle { get; set; }

    [BindProperty]
    public string? NewSummary { get; set; }

    /// <summary>The language of a title and summary proposed in another language than the text's (one of the portal's).</summary>
    [BindProperty]
    public string? TranslationLanguage { get; set; }

    [BindProperty]
    public string? TranslationTitle { get; set; }

    [BindProperty]
    public string? TranslationSummary { get; set; }

    /// <summary>The SHA-256 of the proposed file the page showed: a validation or a refusal acts on that file or on none.</summary>
    [BindProperty]
    public string? FileSha256 { get; set; }

    /// <summary>A writer proposes a new edition of a published text: a new file, corrections of its title or summary, or both.</summary>
    public async Task<IActionResult> OnPostProposeEditionAsync(int id)
    {
        // Rights first: a file from someone who may not propose one is not even read.
        if (!Me.IsIn(Roles.Writer))
        {
            return Forbid();
        }

        // No file chosen keeps the current one; a file chosen is checked like any upload.
        var (file, refusal) = NewFile is null ? (null, null) : await intake.AcceptAsync(NewFile);
        if (refusal is not null)
        {
            Db.ChangeTracker.Clear();
            ErrorMessage = Localizer[refusal, Display.FileSize(intake.MaxUploadBytes)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(id) ? Page() : NotFound();
        }

        // Another language's words go with the edition, through the same validation; a language the portal has not is ignored.
        var translation = TranslationLanguage is { } language && languages.Prefixed.Contains(language)
            ? new TextTranslation(language, TranslationTitle ?? string.Empty, TranslationSummary ?? string.Empty)
            : null;
        return await ActAsync(id, "file proposed", t => t.ProposeEdition(new TextEditionProposal(file, NewTitle, NewSummary, ChangeNote, translation), Me, NowUtc), "Flash.FileProposed", Notice.FileProposed);
    }

    public Task<IActionResult> OnPostValidateFileAsync(int id) =>
        ActAsync(id, "file validated", t => t.ValidateFile(Me, FileSha256 ?? string.Empty, NowUtc), "Flash.FileValidated");

    public Task<IActionResult> OnPostDeclineFileAsync(int id) =>
        ActAsync(id, "file declined", t => t.DeclineFile(Me, FileSha256 ?? string.Empty, Reason ?? string.Empty, NowUtc), "Flash.FileDeclined");

    protected override Task<OfficialText?> FindForChangeAsync(int id) =>
        Db.OfficialTexts.Include(t => t.Files).FirstOrDefaultAsync(t => t.Id == id);

    protected override string Describe(OfficialText item) => $"Text {item.Slug}";

    protected override string TitleOf(OfficialText item) => item.Title;

    // Its files go with it (a cascade); the stored bytes stay, content-addressed, perhaps another text's too.
    protected override async Task<IReadOnlyList<object>> TrailAsync(OfficialText item) =>
        [.. await Db.TextAuditEntries.Where(e => e.OfficialTextId == item.Id).ToListAsync()];

    protected override async Task<bool> LoadAsync(int id)
    {
        var text = await Db.OfficialTexts.AsNoTracking().Include(t => t.Files).Include(t => t.Summit).FirstOrDefaultAsync(t => t.Id == id);
        if (text is null || !MaySee(text))
        {
            return false;
        }

        Text = text;
        History = await Db.TextAuditEntries.AsNoTracking().Where(e => e.OfficialTextId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
        var checksums = text.Files.Select(f => f.Sha256).ToList();
        var myId = Me.UserId;
        SameFileTexts = (await Db.OfficialTexts.AsNoTracking()
                .Where(t => t.Id != id && t.Files.Any(f => checksums.Contains(f.Sha256)))
                .Where(t => t.Status != PublicationStatus.Draft || t.AuthorId == myId)
                .OrderBy(t => t.Id)
                .Select(t => new { t.Id, t.Title })
                .ToListAsync())
            .Select(t => (t.Id, t.Title))
            .ToList();
        return true;
    }
}
