using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AesSummit.Web.Features.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Pages.Textes;

/// <summary>Tells whether a file, or its SHA-256, is one of the portal's official texts, and which version.</summary>
public sealed partial class VerifierModel(TextQueries texts, IOptions<TextsOptions> options, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>What the visitor pasted: a bare checksum, or a line of <c>sha256sum</c> output.</summary>
    [BindProperty(SupportsGet = true, Name = "sha256")]
    public string? Sha256Input { get; set; }

    /// <summary>The checksum that was looked up, once one was.</summary>
    public string? CheckedSha256 { get; private set; }

    public TextMatch? Match { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Sha256Input))
        {
            return Page();
        }

        var sha256 = Normalise(Sha256Input);
        if (sha256 is null)
        {
            ModelState.AddModelError(string.Empty, localizer["Verify.BadChecksum"]);
            return Refused();
        }

        await LookUpAsync(sha256, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Sha256Input = null;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, localizer["Upload.Missing"]);
            return Refused();
        }

        if (file.Length > options.Value.MaxUploadBytes)
        {
            // No official text is larger than what the back-office accepts.
            CheckedSha256 = null;
            ModelState.AddModelError(string.Empty, localizer["Verify.TooLarge"]);
            return Refused();
        }

        await using var stream = file.OpenReadStream();
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        await LookUpAsync(sha256, cancellationToken);
        return Page();
    }

    /// <summary>64 hex digits in any case, alone or followed by a file name; null when it is not that.</summary>
    public static string? Normalise(string input)
    {
        var first = input.Trim().Split([' ', '\t', '\r', '\n'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return Sha256Pattern().IsMatch(first) ? first.ToLowerInvariant() : null;
    }

    private async Task LookUpAsync(string sha256, CancellationToken cancellationToken)
    {
        CheckedSha256 = sha256;
        Match = await texts.MatchAsync(sha256, cancellationToken);
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
