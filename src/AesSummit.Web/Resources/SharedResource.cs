namespace AesSummit.Web;

/// <summary>Marker for the portal's shared UI strings, in <c>Resources/SharedResource.resx</c> (French, the neutral language).</summary>
/// <remarks>
/// The strings are read from that file and its twins (<c>SharedResource.en.resx</c>…) at start-up by
/// <see cref="Infrastructure.Languages.ResourceFileLocalizerFactory"/>; this type only names them for <c>IStringLocalizer&lt;T&gt;</c>.
/// </remarks>
public sealed class SharedResource;
