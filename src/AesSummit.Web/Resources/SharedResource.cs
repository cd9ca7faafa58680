namespace AesSummit.Web;

/// <summary>Marker for the portal's shared UI strings, in <c>Resources/SharedResource.resx</c> (French, the neutral language).</summary>
/// <remarks>It sits in the root namespace so that the localizer finds the resource under <c>Resources/</c>.</remarks>
public sealed class SharedResource;
