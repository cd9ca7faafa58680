namespace AesSummit.Web.Features.Accounts;

/// <summary>The names of the portal's cookies, in one place: the public cache recognises a signed-in person by the first.</summary>
public static class AccountCookies
{
    /// <summary>The signed-in session (Identity's application cookie).</summary>
    public const string Session = "aes.session";

    /// <summary>The antiforgery cookie of the forms.</summary>
    public const string Antiforgery = "aes.antiforgery";
}
