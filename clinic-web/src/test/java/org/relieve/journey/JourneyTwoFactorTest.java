package org.relieve.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.relieve.TwoFactorAccounts;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.staff.TwoFactorService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-factor sign-in in a real browser: the password leads to the code step, a page typed into the
 * address bar leads back to it, and the code from the app opens the clinic.
 */
class JourneyTwoFactorTest extends BrowserJourney {

    @Autowired
    StaffService staff;
    @Autowired
    TwoFactorService twoFactor;

    @Test
    void aTherapistWithTwoFactorSignsInWithPasswordThenCode() {
        var enrolled = new TwoFactorAccounts(staff, twoFactor).createEnrolled("journey2fa", StaffRole.THERAPIST);

        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(enrolled.username());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(TwoFactorAccounts.PASSWORD);
        click(By.cssSelector("vaadin-login-form vaadin-button"));
        wait.until(ExpectedConditions.urlContains("/login/code"));
        waitFor(button("Verify"));
        screenshot("code-step");

        open("clients");
        assertThat(driver.getCurrentUrl()).endsWith("/login/code");

        waitFor(By.cssSelector("vaadin-text-field input")).sendKeys(enrolled.currentCode());
        click(button("Verify"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitFor(By.xpath("//h2[starts-with(normalize-space(), 'Welcome')]"));

        open("clients");
        assertThat(driver.getCurrentUrl()).endsWith("/clients");
        waitFor(sideNav("Clients"));
    }

    @Test
    void aTherapistEnrolsFromTheAccountPageScanningTheQrCode() {
        var accounts = new TwoFactorAccounts(staff, twoFactor);
        String username = TwoFactorAccounts.uniqueName("journeyenrol");
        accounts.create(username, StaffRole.THERAPIST);

        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(TwoFactorAccounts.PASSWORD);
        click(By.cssSelector("vaadin-login-form vaadin-button"));
        waitFor(By.xpath("//h2[starts-with(normalize-space(), 'Welcome')]"));

        open("account");
        click(button("Turn on two-factor sign-in"));
        WebElement qrCode = waitFor(By.cssSelector("img.relieve-qr"));
        wait.until(browser -> Boolean.TRUE.equals(script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", qrCode)));
        String secret = waitFor(By.cssSelector("span.relieve-secret")).getText().replace(" ", "");
        screenshot("enrolment");

        waitFor(By.cssSelector("#enrolment-code input"))
                .sendKeys(TwoFactorAccounts.code(secret, 0));
        click(button("Confirm"));
        waitFor(button("I have saved them"));
        assertThat(driver.findElements(By.cssSelector(".relieve-recovery-codes li"))).hasSize(10);
        screenshot("recovery-codes");
        assertThat(twoFactor.isEnabledFor(username)).isTrue();
    }
}
