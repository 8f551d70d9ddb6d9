namespace LabourHub.Web;

/// <summary>Marker for Resources/SharedResource.*.resx: every string the portal shows, in tr, en, ar and fa.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedResource
#pragma warning restore CA1052
{
}
