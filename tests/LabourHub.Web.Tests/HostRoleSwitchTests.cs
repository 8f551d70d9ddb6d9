using LabourHub.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace LabourHub.Web.Tests;

[Trait("Capability", "Infra")]
public sealed class HostRoleSwitchTests
{
    [Fact]
    public void RoleSwitch_OnTheCommandLine_SetsLabourHubRole_OverTheEnvironment()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("LabourHub:Role", "web")]);
        configuration.AddCommandLine(["--role", "worker"]);

        configuration.AddRoleSwitch();

        Assert.Equal("worker", configuration["LabourHub:Role"]);
    }

    [Fact]
    public void RoleSwitch_Absent_LeavesTheConfiguredRole()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("LabourHub:Role", "web")]);

        configuration.AddRoleSwitch();

        Assert.Equal("web", configuration["LabourHub:Role"]);
        Assert.Equal("all", LabourHub.Infrastructure.DependencyInjection.Role(new ConfigurationManager()));
    }
}
