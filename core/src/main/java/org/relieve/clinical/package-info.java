/**
 * The clinic's shared vocabulary (techniques, causes, red flags, body regions, pressure, acuity) and
 * the small, pure rules that every clinical feature applies the same way.
 */
package org.relieve.clinical;
