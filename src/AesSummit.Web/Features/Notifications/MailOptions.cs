using System.ComponentModel.DataAnnotations;

namespace AesSummit.Web.Features.Notifications;

/// <summary>The <c>Mail</c> configuration section: the SMTP server the notifications go through. Without a host, none is sent.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Require TLS (STARTTLS or implicit) rather than use it when the server offers it.</summary>
    public bool RequireTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, such as <c>portail@sommets.example.org</c>; required with a host.</summary>
    [EmailAddress]
    public string? From { get; set; }

    /// <summary>How often the sender looks for mails to send.</summary>
    [Range(50, 600_000)]
    public int PollMilliseconds { get; set; } = 5_000;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsEnabled && string.IsNullOrWhiteSpace(From))
        {
            yield return new ValidationResult("Mail:From is required with Mail:Host: the address the notifications come from.", [nameof(From)]);
        }
    }
}
