namespace LabourHub.Identity.Tests;

[CollectionDefinition(Name)]
public sealed class IdentityTestGroup : ICollectionFixture<IdentityPortalFactory>
{
    public const string Name = "Identity";
}
