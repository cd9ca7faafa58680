namespace AesSummit.Web.Features.Accounts;

/// <summary>The back-office roles; these names are stored, so they never change.</summary>
public static class Roles
{
    /// <summary>Secretariat staff: writes and submits articles and texts.</summary>
    public const string Writer = "Redacteur";

    /// <summary>The Permanent Secretariat: validates, sends back, withdraws; edits the programme.</summary>
    public const string PermanentSecretariat = "SecretariatPermanent";

    /// <summary>Manages accounts and roles.</summary>
    public const string Administrator = "Administrateur";

    public static readonly IReadOnlyList<string> All = [Writer, PermanentSecretariat, Administrator];
}

/// <summary>Authorization policies, one per kind of right.</summary>
public static class Policies
{
    /// <summary>Any back-office account.</summary>
    public const string Staff = "Staff";

    public const string Write = "Write";

    public const string Validate = "Validate";

    public const string ManageAccounts = "ManageAccounts";
}
