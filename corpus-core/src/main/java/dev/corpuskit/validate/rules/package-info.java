/**
 * The validation rules, one class each, listed by {@code validate.RuleCatalog}. A rule is chosen and
 * given its severity by its id in {@code validate.RuleConfig}, not by its class.
 *
 * <p>Pipeline: part of <b>validate</b>.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.validate.rules;
