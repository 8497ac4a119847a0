package it.org.balint.lti;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser walk through the tool's pages: each test gets a fresh headless Chromium and its {@link PageChecks};
 * after the test, every page check must have passed (axe scan, console, keyboard, labels, 360 px), and the
 * browser is closed either way.
 */
abstract class ChromiumWalk {

    /** This test's browser. */
    protected Chromium browser;
    /** Its driver. */
    protected ChromeDriver driver;
    /** The checks run on each page the walk visits. */
    protected PageChecks pages;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Chromium.start();
        driver = browser.driver();
        pages = new PageChecks(browser);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        try {
            pages.requireAllPassed();
        } finally {
            browser.close();
        }
    }
}
