using System.Reflection;

namespace AesSummit.Web.Features.Publishing;

/// <summary>The word an enum value has in content files and URLs (French, stable).</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class SlugAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>Maps enum values to and from their <see cref="SlugAttribute"/> words.</summary>
public static class EnumSlugs<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> ToSlugs = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.GetCustomAttribute<SlugAttribute>() is not null)
        .ToDictionary(f => (TEnum)f.GetValue(null)!, f => f.GetCustomAttribute<SlugAttribute>()!.Value);

    private static readonly Dictionary<string, TEnum> FromSlugs =
        ToSlugs.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => FromSlugs.Keys;

    public static string ToSlug(TEnum value) => ToSlugs[value];

    public static bool TryParse(string? slug, out TEnum value) =>
        FromSlugs.TryGetValue(slug ?? string.Empty, out value);
}
