using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AesSummit.Web.Features.Publishing;

/// <summary>A stable SHA-256 of an item's content, to compare what was imported with what is stored.</summary>
public static class Fingerprint
{
    public static string Of<T>(T content)
    {
        var json = JsonSerializer.Serialize(content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
