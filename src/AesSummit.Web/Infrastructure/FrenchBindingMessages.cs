using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AesSummit.Web.Infrastructure;

/// <summary>
/// Model binding's own messages (a date that is no date, a number that is no number) in French, from the shared
/// resources. They never repeat the value typed, which may be long or hostile: the form still shows it in its field.
/// </summary>
public sealed class FrenchBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        DefaultModelBindingMessageProvider messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => l["Binding.FieldIsInvalid", field]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["Binding.FieldIsInvalid", field]);
        messages.SetValueMustBeANumberAccessor(field => l["Binding.FieldMustBeANumber", field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["Binding.FieldIsMissing", field]);
        messages.SetValueMustNotBeNullAccessor(_ => l["Binding.ValueIsMissing"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l["Binding.ValueIsInvalid"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Binding.ValueIsInvalid"]);
        messages.SetValueIsInvalidAccessor(_ => l["Binding.ValueIsInvalid"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Binding.ValueMustBeANumber"]);
        messages.SetMissingKeyOrValueAccessor(() => l["Binding.ValueIsMissing"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Binding.ValueIsMissing"]);
    }
}
