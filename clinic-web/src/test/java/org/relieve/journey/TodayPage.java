package org.relieve.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Today page's grid, row by client: the buttons and status a person reads in that row. */
final class TodayPage {

    private final BrowserJourney journey;

    TodayPage(BrowserJourney journey) {
        this.journey = journey;
    }

    void open() {
        journey.click(BrowserJourney.sideNav("Today"));
        journey.waitFor(BrowserJourney.heading("Today"));
    }

    /** The button in the client's row (Check in, Record session…), scrolling the grid until the row is in view. */
    WebElement buttonInRowOf(String clientName, String buttonText) {
        WebElement grid = journey.waitFor(By.cssSelector("vaadin-grid"));
        journey.wait.until(browser -> {
            for (int index = 0; index < 500; index += 8) {
                if (cellOf(clientName) != null) {
                    return true;
                }
                journey.script("arguments[0].scrollToIndex(arguments[1]);", grid, index);
                journey.waitForVaadin();
            }
            return cellOf(clientName) != null;
        });
        WebElement button = (WebElement) journey.script("""
                const row = arguments[0].assignedSlot.closest('tr');
                for (const cell of row.querySelectorAll('td')) {
                    const slot = cell.querySelector('slot');
                    for (const element of slot ? slot.assignedElements() : []) {
                        const button = element.matches('vaadin-button') ? element : element.querySelector('vaadin-button');
                        if (button && button.textContent.trim() === arguments[1]) { return button; }
                    }
                }
                return null;
                """, cellOf(clientName), buttonText);
        // a row at the grid's lower edge is drawn but covered: bring it to the middle of the grid
        journey.script("arguments[0].scrollIntoView({block: 'center'});", button);
        journey.waitForVaadin();
        return button;
    }

    /** The text of another cell in the grid row showing the client (0 = first column). */
    String cellInRowOf(String clientName, int column) {
        WebElement cell = cellOf(clientName);
        return cell == null ? null : (String) journey.script("""
                const row = arguments[0].assignedSlot.closest('tr');
                const slot = row.querySelectorAll('td')[arguments[1]].querySelector('slot');
                return slot.assignedElements().map(e => e.textContent.trim()).join('');
                """, cell, column);
    }

    private WebElement cellOf(String text) {
        return journey.driver.findElements(BrowserJourney.gridCell(text)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null);
    }
}
