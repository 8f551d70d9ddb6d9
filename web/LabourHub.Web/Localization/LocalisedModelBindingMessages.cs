using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LabourHub.Web.Localization;

/// <summary>Model-binding errors ("abc" for a number) in the reader's language, for pages and the API alike.</summary>
public sealed class LocalisedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => localizer["Validation.NotANumber", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => localizer["Validation.NotANumber", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["Validation.NotANumber", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => localizer["Validation.Invalid"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Validation.Invalid"]);
        messages.SetValueMustNotBeNullAccessor(_ => localizer["Validation.Invalid"]);
    }
}
