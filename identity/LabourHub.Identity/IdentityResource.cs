namespace LabourHub.Identity;

/// <summary>Marker for Resources/IdentityResource.*.resx: the account pages' strings in tr, en, ar and fa.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class IdentityResource
#pragma warning restore CA1052
{
}
