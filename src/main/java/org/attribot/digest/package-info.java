/** The daily digest: subscriptions, what is new since each destination's last digest, the schedule and exactly-once delivery. */
package org.attribot.digest;
