using AesSummit.Web.Features.Accounts;

namespace AesSummit.Web.Tests.Support;

/// <summary>People acting on the workflow in unit tests.</summary>
public static class TestActors
{
    public static readonly Actor Writer = new("writer-1", "redacteur@aes.test", new HashSet<string> { Roles.Writer });
    public static readonly Actor OtherWriter = new("writer-2", "redacteur2@aes.test", new HashSet<string> { Roles.Writer });
    public static readonly Actor Secretariat = new("sp-1", "sp@aes.test", new HashSet<string> { Roles.PermanentSecretariat });
    public static readonly Actor WriterAndSecretariat = new("both-1", "double@aes.test", new HashSet<string> { Roles.Writer, Roles.PermanentSecretariat });
    public static readonly Actor Administrator = new("admin-1", "admin@aes.test", new HashSet<string> { Roles.Administrator });
}
