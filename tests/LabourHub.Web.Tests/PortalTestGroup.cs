namespace LabourHub.Web.Tests;

[CollectionDefinition(Name)]
public sealed class PortalTestGroup : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}
