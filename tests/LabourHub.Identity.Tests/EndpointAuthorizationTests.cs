using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Identity.Tests;

/// <summary>Every controller action says who may call it: a policy, roles, or [AllowAnonymous]. Nothing by default.</summary>
[Trait("Capability", "Identity")]
public sealed class EndpointAuthorizationTests
{
    public static TheoryData<string> Actions()
    {
        var data = new TheoryData<string>();
        foreach (var action in AllActions())
        {
            data.Add(Name(action));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Action_DeclaresItsAuthorization(string name)
    {
        var action = AllActions().Single(a => Name(a) == name);

        var declared = action.GetCustomAttributes<AuthorizeAttribute>(true).Any() || action.GetCustomAttributes<AllowAnonymousAttribute>(true).Any()
            || action.DeclaringType!.GetCustomAttributes<AuthorizeAttribute>(true).Any() || action.DeclaringType!.GetCustomAttributes<AllowAnonymousAttribute>(true).Any();

        Assert.True(declared, $"{name} declares neither [Authorize] nor [AllowAnonymous].");
    }

    [Fact]
    public void TheScan_FindsTheControllersOfBothAssemblies()
    {
        var controllers = AllActions().Select(a => a.DeclaringType!.Name).ToHashSet();

        Assert.Contains("MeController", controllers);
        Assert.Contains("AccountController", controllers);
        Assert.Contains("VacanciesApiController", controllers);
    }

    /// <summary>Type, method and parameter types: GET and POST overloads of one action are checked separately.</summary>
    private static string Name(MethodInfo action) =>
        $"{action.DeclaringType!.Name}.{action.Name}({string.Join(", ", action.GetParameters().Select(p => p.ParameterType.Name))})";

    private static IEnumerable<MethodInfo> AllActions() =>
        new[] { typeof(Program).Assembly, typeof(IdentityResource).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null);
}
