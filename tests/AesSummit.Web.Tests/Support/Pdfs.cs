using System.Security.Cryptography;
using System.Text;

namespace AesSummit.Web.Tests.Support;

/// <summary>Small PDFs for upload tests: each label gives other bytes, hence another SHA-256.</summary>
public static class Pdfs
{
    public static byte[] Fresh(string label) =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n% {label}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    public static byte[] FromTestContent(string name) => File.ReadAllBytes(Path.Combine(TempFolder.TestContentPath, "textes", name));

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
