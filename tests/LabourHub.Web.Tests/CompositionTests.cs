using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Web.Tests;

/// <summary>Every controller of the portal can be built from the container: a missing registration fails here, not on a user's request.</summary>
[Collection(PortalTestGroup.Name)]
[Trait("Capability", "Foundation")]
public sealed class CompositionTests(PortalFactory portal)
{
    public static TheoryData<Type> Controllers => new(new[] { typeof(Program).Assembly, typeof(LabourHub.Identity.Accounts.Roles).Assembly }
        .SelectMany(a => a.GetTypes())
        .Where(t => !t.IsAbstract && typeof(ControllerBase).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(Controllers))]
    public void The_controller_resolves(Type controller)
    {
        using var scope = portal.Services.CreateScope();

        var instance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, controller);

        Assert.IsType(controller, instance);
    }
}
