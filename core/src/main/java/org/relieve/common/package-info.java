/** What the domain's features share: configuration, settings, and the exceptions services raise. */
package org.relieve.common;
