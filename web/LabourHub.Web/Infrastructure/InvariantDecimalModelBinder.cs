using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LabourHub.Web.Infrastructure;

/// <summary>
/// Amounts from forms: an HTML number input always submits "6000.01", whatever the page's language, while the default
/// binder reads form values in the reader's culture (in Turkish "." groups thousands, so 6000.01 became 600001).
/// This binder reads the invariant form first and the reader's culture only when that fails (a value typed into a
/// plain text box, such as "6.000,01").
/// </summary>
public sealed class InvariantDecimalModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var invariant)
            || decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out invariant))
        {
            bindingContext.Result = ModelBindingResult.Success(invariant);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
        }

        return Task.CompletedTask;
    }
}

public sealed class InvariantDecimalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new InvariantDecimalModelBinder() : null;
    }
}
