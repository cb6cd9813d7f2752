package org.relieve.ui.plan;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.relieve.plan.HomeCareAdvice;
import org.relieve.ui.Formats;

/**
 * The plan's home-care programme as an editable list. Times that came with an advice (the builder
 * takes them from the technique's range) are kept and shown; the therapist edits the wording.
 */
class HomeCareEditor extends Div {

    private final Div rows = new Div();
    private final List<Row> items = new ArrayList<>();

    HomeCareEditor() {
        add(new H3("Home care"), rows);
        Button addAdvice = new Button("Add advice", VaadinIcon.PLUS.create(), click -> add(HomeCareAdvice.of("")));
        addAdvice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(addAdvice);
    }

    void setValue(List<HomeCareAdvice> advice) {
        items.clear();
        rows.removeAll();
        advice.forEach(this::add);
    }

    List<HomeCareAdvice> getValue() {
        return items.stream().map(Row::toAdvice).toList();
    }

    /** The advice field of row {@code index}, for a message about {@code homeCare[index]}. */
    HasValidation field(int index) {
        return index >= 0 && index < items.size() ? items.get(index).text : null;
    }

    void clearErrors() {
        items.forEach(row -> {
            row.text.setInvalid(false);
            row.text.setErrorMessage(null);
        });
    }

    private void add(HomeCareAdvice advice) {
        Row row = new Row(advice);
        items.add(row);
        rows.add(row.layout);
    }

    private final class Row {
        private final HomeCareAdvice original;
        private final TextField text = new TextField();
        private final HorizontalLayout layout;

        Row(HomeCareAdvice original) {
            this.original = original;
            text.setValue(original.advice());
            text.setWidthFull();
            text.setAriaLabel("Home-care advice");
            String times = times(original);
            text.setHelperText(times.isEmpty() ? null : times);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> removeRow());
            remove.setAriaLabel("Remove advice");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            layout = new HorizontalLayout(text, remove);
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        private void removeRow() {
            items.remove(this);
            rows.remove(layout);
        }

        HomeCareAdvice toAdvice() {
            return new HomeCareAdvice(text.getValue().strip(), original.minutes(), original.holdSecondsMin(),
                    original.holdSecondsMax());
        }
    }

    static String times(HomeCareAdvice advice) {
        String minutes = advice.minutes() == null ? "" : advice.minutes() + " min";
        String holds = Formats.holds(advice.holdSecondsMin(), advice.holdSecondsMax());
        String holdText = holds.isEmpty() ? "" : "holds " + holds;
        return minutes.isEmpty() || holdText.isEmpty() ? minutes + holdText : minutes + ", " + holdText;
    }
}
