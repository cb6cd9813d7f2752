package org.relieve.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a therapist does on a session record: start it from the plan, fill it in, sign it, amend it. */
final class SessionRecordPage {

    private final BrowserJourney journey;

    SessionRecordPage(BrowserJourney journey) {
        this.journey = journey;
    }

    void waitForClient(String clientName) {
        journey.waitFor(BrowserJourney.heading("Session record · " + clientName));
    }

    /** Starts the record from the active plan and waits for its technique rows. */
    void startFromPlan() {
        journey.click(BrowserJourney.button("Start from the plan"));
        journey.waitFor(By.cssSelector(".relieve-application"));
    }

    int techniqueRows() {
        journey.waitForVaadin();
        return journey.driver.findElements(By.cssSelector(".relieve-application")).size();
    }

    void painBefore(int score) {
        type(field("vaadin-integer-field", "Pain before (0–10)", "input"), String.valueOf(score));
    }

    void painAfter(int score) {
        type(field("vaadin-integer-field", "Pain after (0–10)", "input"), String.valueOf(score));
    }

    void pressureNotes(String notes) {
        type(By.cssSelector("vaadin-text-area.relieve-pressure-notes textarea"), notes);
    }

    /**
     * Clicks a region on the body map drawing (its shape id, e.g. {@code QUADRATUS_LUMBORUM-LEFT}):
     * a technique row for it is added, and the region turns teal.
     */
    void clickBodyMap(String shapeId) {
        int before = techniqueRows();
        // A polygon inside inline SVG: present and clickable, though Selenium's visibility test is for boxes.
        WebElement shape = journey.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".relieve-body-map-drawing [id='" + shapeId + "']")));
        journey.script("arguments[0].scrollIntoView({block: 'center'});", shape);
        new Actions(journey.driver).moveToElement(shape).click().perform();
        journey.waitForVaadin();
        journey.wait.until(browser -> techniqueRows() == before + 1);
    }

    /** The fill the server drew the shape with. */
    String fillOf(String shapeId) {
        return journey.driver.findElement(By.cssSelector(".relieve-body-map-drawing [id='" + shapeId + "']"))
                .getAttribute("fill");
    }

    void clickSign() {
        scrollAndClick(BrowserJourney.button("Sign"));
        journey.waitFor(By.cssSelector("vaadin-confirm-dialog"));
    }

    /** Confirms the signing in the dialog and waits until the record shows as signed. */
    void confirmSign() {
        journey.click(By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Sign']"));
        journey.waitFor(BrowserJourney.button("Add amendment"));
    }

    /** Adds an amendment correcting the pain score after the session, with the reason. */
    void amendPainAfter(int score, String reason) {
        scrollAndClick(BrowserJourney.button("Add amendment"));
        type(field("vaadin-text-area", "Reason for the correction", "textarea"), reason);
        type(field("vaadin-integer-field", "Pain after", "input"), String.valueOf(score));
        journey.click(BrowserJourney.button("Save amendment"));
        journey.waitFor(By.xpath("//h4[starts-with(normalize-space(), 'Amendment 1')]"));
    }

    /**
     * The record is longer than the window and scrolls inside the layout: bring the button into
     * view first. Success notifications sit over the bottom corner for three seconds; like a person,
     * wait until they have gone.
     */
    private void scrollAndClick(By locator) {
        journey.wait.until(browser -> browser.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .noneMatch(WebElement::isDisplayed));
        WebElement target = journey.waitForClickable(locator);
        journey.script("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
        journey.waitForVaadin();
    }

    private static By field(String component, String label, String input) {
        return By.xpath("//" + component + "[.//label[normalize-space()='" + label + "']]//" + input);
    }

    private void type(By locator, String text) {
        WebElement input = journey.waitForClickable(locator);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        journey.waitForVaadin();
    }
}
