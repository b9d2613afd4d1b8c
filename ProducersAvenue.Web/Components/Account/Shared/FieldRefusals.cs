using Microsoft.AspNetCore.Components.Forms;

namespace ProducersAvenue.Web.Components.Account.Shared;

/// <summary>
/// What the server refuses after a form's own rules (a taken username, a wrong password or code), each at the field it is
/// about: shown by that field's <see cref="FieldError{TValue}"/> and opened on (<see cref="FirstInvalidField"/>) like the
/// form's own messages, not in an alert above the form that a page opening on its field never reads. The next submit
/// starts without them.
/// </summary>
public sealed class FieldRefusals
{
    private readonly EditContext _form;
    private readonly ValidationMessageStore _messages;

    public FieldRefusals(EditContext form)
    {
        _form = form;
        _messages = new ValidationMessageStore(form);
        form.OnValidationRequested += (_, _) => _messages.Clear();
    }

    /// <param name="field">The model's property, as <c>nameof(InputModel.Password)</c>.</param>
    public void Add(string field, string message)
    {
        _messages.Add(_form.Field(field), message);
        _form.NotifyValidationStateChanged();
    }
}
