/* Quotations and their speakers in articles written for these tests: a
 * quotation over several sentences and paragraphs, "he said" in the next
 * sentence, titles instead of names, scare quotes, "according to", colon
 * quotes, single quotes inside double ones, unmatched marks. */
#include "harness.h"
#include "annot_test.h"

TEST(quotation_over_two_sentences_then_he_said) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n"
        "\"We are ready to listen. But our conditions have not changed,\" Peskov told them.\n\n"
        "\"Nobody should doubt that,\" he said.\n",
        "2023-03-06");
    CHECK_STR(got,
              "1|Dmitry Peskov|RUSGOV|We are ready to listen.\n"
              "2|Dmitry Peskov|RUSGOV|But our conditions have not changed\n"
              "3|Dmitry Peskov|RUSGOV|Nobody should doubt that\n");
    annot_fixture_free(f);
}

TEST(he_is_the_last_speaker_not_the_last_name) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Ukrainian President Volodymyr Zelensky said Biden's team had listened to Kyiv.\n\n"
        "\"We will see what happens next,\" he added.\n",
        "2022-12-02");
    CHECK_STR(got, "1|Volodymyr Zelensky|UKRGOV|We will see what happens next\n");
    annot_fixture_free(f);
}

TEST(a_title_means_the_person_named_with_it) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Kremlin spokesman Dmitry Peskov dismissed the plan on Tuesday.\n\n"
        "\"This is not serious,\" the Kremlin spokesman said.\n",
        "2023-03-07");
    CHECK_STR(got, "1|Dmitry Peskov|RUSGOV|This is not serious\n");
    annot_fixture_free(f);
}

TEST(full_name_from_a_later_mention) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "\"The door is open,\" Zelenskyy said.\n\n"
        "Ukrainian President Volodymyr Zelenskyy later met the envoy.\n",
        "2025-12-16");
    CHECK_STR(got, "0|Volodymyr Zelenskyy|UKRGOV|The door is open\n");
    annot_fixture_free(f);
}

TEST(scare_quotes_according_to_and_calls) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Russia wants Kyiv to accept \"new realities\" on the ground, the Kremlin said.\n\n"
        "According to the UN mission, the strikes were \"deliberate and systematic\".\n\n"
        "Moscow rejects what Zelensky calls a \"just peace\".\n",
        "2023-03-07");
    CHECK_STR(got,
              "0|the Kremlin|RUSGOV|new realities\n"
              "1|UN mission|IGOUNO|deliberate and systematic\n"
              "2|Zelensky|UKRGOV|just peace\n");
    annot_fixture_free(f);
}

TEST(said_after_the_name_and_before_it) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "\"Nothing has changed,\" said Sergei Lavrov, Russia's foreign minister.\n\n"
        "Foreign Ministry spokeswoman Maria Zakharova said on Thursday that the offer was "
        "\"a provocation\".\n",
        "2023-03-09");
    CHECK_STR(got,
              "0|Sergei Lavrov|RUSGOV|Nothing has changed\n"
              "1|Maria Zakharova|RUSGOV|a provocation\n");
    annot_fixture_free(f);
}

TEST(colon_quotes) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Lavrov was blunt: \"There will be no ceasefire.\"\n\n"
        "Zakharova: \"The door to talks remains open.\"\n",
        "2023-03-09");
    CHECK_STR(got,
              "0|Lavrov|RUSGOV|There will be no ceasefire.\n"
              "1|Zakharova|RUSGOV|The door to talks remains open.\n");
    annot_fixture_free(f);
}

TEST(single_quotes_inside_double_quotes) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "\"They call it a 'peace plan', but it is a surrender,\" Zelensky said.\n",
        "2023-03-09");
    CHECK_STR(got, "0|Zelensky|UKRGOV|They call it a 'peace plan', but it is a surrender\n");
    annot_fixture_free(f);
}

TEST(single_quotation_marks_outside_double_ones) {
    /* British headlines quote with single marks; a possessive or "'90s"
     * opens nothing, and the soldiers' families are nobody we can name */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Peskov says Ukraine talks \xe2\x80\x98pointless\xe2\x80\x99\n\n"
        "Zelensky: 'We will not give up our land'\n\n"
        "The soldiers' families said 'enough is enough' on Friday, as in the '90s.\n",
        "2025-05-20");
    CHECK_STR(got,
              "0|Peskov|RUSGOV|pointless\n"
              "1|Zelensky|UKRGOV|We will not give up our land\n");
    annot_fixture_free(f);
}

TEST(quotation_over_paragraphs) {
    /* a paragraph left open continues where the next one reopens */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Zelensky said on Monday: \"We want peace.\n\n"
        "\"We will not give up our land.\"\n\n"
        "Russia did not reply.\n",
        "2023-03-09");
    CHECK_STR(got,
              "0|Zelensky|UKRGOV|We want peace.\n"
              "1|Zelensky|UKRGOV|We will not give up our land.\n");
    annot_fixture_free(f);
}

TEST(unmatched_marks) {
    annot_fixture *f = annot_fixture_new();
    /* an opening mark nobody closes ends with its paragraph; a stray
     * closing mark quotes nothing */
    const char *got = annot_run(f,
        "Lavrov said the proposal was \"unacceptable and would not be discussed.\n\n"
        "The envoy left Moscow\" on Tuesday.\n",
        "2023-03-09");
    CHECK_STR(got, "0|Lavrov|RUSGOV|unacceptable and would not be discussed.\n");
    annot_fixture_free(f);
}

TEST(quote_without_speaker_after_a_person) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "President Joe Biden met reporters at the White House on Thursday.\n\n"
        "\"This war must end.\"\n",
        "2022-12-01");
    CHECK_STR(got, "1|Joe Biden|USAGOV|This war must end.\n");
    annot_fixture_free(f);
}

TEST(full_name_of_a_person_the_dictionary_lacks) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Ukrainian negotiator Rustem Umerov arrived in Geneva on Monday.\n\n"
        "\"We are ready,\" Umerov said.\n",
        "2025-06-01");
    CHECK_STR(got, "1|Rustem Umerov||We are ready\n");
    annot_fixture_free(f);
}

TEST(names_the_dictionary_lacks) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "\"Talks will resume in Geneva,\" said Ukrainian envoy Rustem Umerov.\n\n"
        "\"It is too early,\" Umerov added.\n\n"
        "\"We are waiting,\" an official said.\n\n"
        "\"Nothing yet,\" said a spokesman for the delegation.\n",
        "2025-06-01");
    CHECK_STR(got,
              "0|Rustem Umerov|UKRGOV|Talks will resume in Geneva\n"
              "1|Rustem Umerov|UKRGOV|It is too early\n");
    annot_fixture_free(f);
}

/* Persons are told from bodies by the dictionary's shape: a surname listed
 * alone and after first names. */
static int is_person(const annot_doc *d, const char *name) {
    for (size_t i = 0; i < d->n_entities; i++)
        if (!strcmp(d->entities[i].name, name)) return d->entities[i].person;
    return -1;
}

TEST(persons_by_the_dictionary_shape) {
    annot_fixture *f = annot_fixture_new();
    annot_run(f,
        "The United Nations Security Council met as Ursula von der Leyen and Dmitry Peskov "
        "spoke and the Kremlin and Russia waited.\n",
        "2023-03-12");
    CHECK_INT(is_person(f->doc, "United Nations Security Council"), 0);
    CHECK_INT(is_person(f->doc, "Ursula von der Leyen"), 1);
    CHECK_INT(is_person(f->doc, "Dmitry Peskov"), 1);
    CHECK_INT(is_person(f->doc, "the Kremlin"), 0);
    CHECK_INT(is_person(f->doc, "Russia"), 0);
    /* a group may hold a capital and its leader; spellings are one person */
    const char *got = annot_run(f,
        "Minsk said the State Duma had agreed. Alexander Lukashenko hosted the talks.\n\n"
        "\"We are ready,\" Lukashenka said.\n",
        "2023-03-12");
    CHECK_STR(got, "2|Alexander Lukashenko|BLRGOV|We are ready\n");
    CHECK_INT(is_person(f->doc, "Minsk"), 0);
    CHECK_INT(is_person(f->doc, "State Duma"), 0);
    annot_fixture_free(f);
}

TEST(she_is_not_a_man) {
    /* titles tell genders: "she" skips the spokesman named last */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Foreign Ministry spokeswoman Maria Zakharova said the West was lying.\n\n"
        "Kremlin spokesman Dmitry Peskov declined to comment.\n\n"
        "\"They are lying again,\" she said.\n\n"
        "\"Mr Umerov is here,\" said Ms Olena Kovalenko.\n\n"
        "\"We are ready,\" he said.\n",
        "2023-03-12");
    CHECK_STR(got,
              "2|Maria Zakharova|RUSGOV|They are lying again\n"
              "3|Olena Kovalenko||Mr Umerov is here\n"
              "4|Dmitry Peskov|RUSGOV|We are ready\n");
    annot_fixture_free(f);
}

TEST(the_president_is_the_one_who_spoke_last) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "President Joe Biden met Ukrainian President Volodymyr Zelensky on Thursday.\n\n"
        "Biden said Zelensky had shown courage.\n\n"
        "\"We stand with Ukraine,\" the president said.\n\n"
        "\"Peace will come,\" said Mr Umerov, a negotiator.\n",
        "2022-12-01");
    CHECK_STR(got,
              "2|Joe Biden|USAGOV|We stand with Ukraine\n"
              "3|Umerov||Peace will come\n");
    annot_fixture_free(f);
}

TEST(he_after_an_unnamed_speaker_is_unknown) {
    /* "he" is the minister just quoted, whom the article does not name */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Dr. Anna Smith of Acme Inc. said talks would resume.\n\n"
        "\"We will fight on,\" the minister said.\n\n"
        "\"Is this the end?\" he asked.\n",
        "2023-03-12");
    CHECK_STR(got, "");
    CHECK_STR(f->doc->entities[f->doc->sents[0].speaker].name, "Anna Smith");
    annot_fixture_free(f);
}

TEST(a_place_after_the_name_is_not_the_speaker) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Zelensky in Kyiv countered that the offer was \"an ultimatum\".\n\n"
        "\"They want us to give up,\" Peskov in Moscow retorted.\n",
        "2023-03-12");
    CHECK_STR(got,
              "0|Zelensky|UKRGOV|an ultimatum\n"
              "1|Peskov|RUSGOV|They want us to give up\n");
    for (size_t i = 0; i < f->doc->n_context; i++) /* "us" is no country */
        CHECK(strcmp(f->doc->context[i], "USA") != 0);
    annot_fixture_free(f);
}

TEST(quoted_as_saying) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "\"The door is not closed,\" Russia's RIA news agency quoted Lavrov as saying.\n",
        "2023-03-12");
    CHECK_STR(got, "0|Lavrov|RUSGOV|The door is not closed\n");
    annot_fixture_free(f);
}

TEST(it_said_is_the_body_that_spoke) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "The Kremlin said on Sunday that the talks were over.\n\n"
        "\"There is nothing to discuss,\" it said in a statement.\n",
        "2023-03-12");
    CHECK_STR(got, "1|the Kremlin|RUSGOV|There is nothing to discuss\n");
    annot_fixture_free(f);
}

TEST(according_to_a_document) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "The talks were \"constructive\", according to a Kremlin readout.\n",
        "2023-03-12");
    CHECK_STR(got, "0|Kremlin readout|RUSGOV|constructive\n");
    CHECK_STR(annot_speaker_of(f, 0), "RUSGOV"); /* by its quotation */
    annot_run(f, "Russia launched 90 drones overnight, according to Ukraine's air force.\n",
              "2023-03-12");
    CHECK_STR(annot_speaker_of(f, 0), ""); /* a source of facts, not a speaker */
    got = annot_run(f,
        "Talks are \"off the table\", according to a statement from the Kremlin.\n",
        "2023-03-12");
    CHECK_STR(got, "0|the Kremlin|RUSGOV|off the table\n");
    annot_fixture_free(f);
}

TEST(nouns_that_look_like_speech_verbs) {
    annot_fixture *f = annot_fixture_new();
    annot_run(f,
        "Voters in Crimea were said to favour joining the Russian state.\n\n"
        "Russia's claims were dismissed by Ukraine.\n\n"
        "Russian officials state that nothing changed.\n",
        "2023-03-12");
    CHECK_INT(f->doc->sents[0].speaker, -1);
    CHECK_INT(f->doc->sents[1].speaker, -1);
    CHECK_STR(annot_speaker_of(f, 2), "RUSGOV");
    annot_fixture_free(f);
}

TEST(reported_speech_speaker_hints) {
    annot_fixture *f = annot_fixture_new();
    annot_run(f,
        "Russia rejects the plan.\n\n"
        "Peskov said withdrawing troops was out of the question.\n\n"
        "\"There is nothing to discuss. Nothing at all,\" he added.\n\n"
        "Kyiv said the strikes continued.\n",
        "2022-12-13");
    CHECK_STR(annot_speaker_of(f, 0), "");
    CHECK_STR(annot_speaker_of(f, 1), "RUSGOV");
    CHECK_STR(annot_speaker_of(f, 2), "RUSGOV"); /* inside the quotation */
    CHECK_STR(annot_speaker_of(f, 3), "RUSGOV");
    CHECK_STR(annot_speaker_of(f, 4), "UKRGOV");
    code_hints h;
    annot_hints(f->doc, &f->seg, 1, &h);
    CHECK_INT(h.in_quote, 0);
    CHECK_INT(h.speaker_len, 6); /* "Peskov" */
    annot_hints(f->doc, &f->seg, 3, &h);
    CHECK_INT(h.in_quote, 1);
    CHECK_INT(h.speaker_off, 17); /* "he" in 'Nothing at all," he added.' */
    annot_fixture_free(f);
}

TEST(salience_counts_headline_and_lead) {
    annot_fixture *f = annot_fixture_new();
    annot_run(f,
        "Kyiv rejects Moscow's terms\n\n"
        "Ukraine said on Monday it would not cede land. Russia insisted.\n\n"
        "Russia was mentioned later, Kyiv said.\n",
        "2023-03-09");
    /* UKRGOV 3 + 1, RUSGOV 3 (first seen), RUS 2 + 1, UKR 2 */
    CHECK_INT(f->doc->n_context, 4);
    CHECK_STR(f->doc->context[0], "UKRGOV");
    CHECK_STR(f->doc->context[1], "RUSGOV");
    CHECK_STR(f->doc->context[2], "RUS");
    CHECK_STR(f->doc->context[3], "UKR");
    annot_fixture_free(f);
}

TEST(headline_quotes_in_single_marks) {
    /* 'No deal', says X: the inverted verb after a single closing mark;
     * 'X': Y upbeat: a headline's actor, with no verb at all */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "'No deal yet', says Kremlin as envoys meet\n\n"
        "Envoys met in Riyadh on Wednesday.\n",
        "2025-03-12");
    CHECK_STR(got, "0|Kremlin|RUSGOV|No deal yet\n");
    got = annot_run(f,
        "\xe2\x80\x98We are ready\xe2\x80\x99: Zelensky sets out terms\n\n"
        "The talks resume on Monday.\n",
        "2025-03-12");
    CHECK_STR(got, "0|Zelensky|UKRGOV|We are ready\n");
    annot_fixture_free(f);
}

TEST(a_title_by_its_head_word) {
    /* "the minister" is the Foreign Minister named before; "the Russian
     * minister" too, the Ukrainian envoy is not */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Russian Foreign Minister Sergei Lavrov met the Ukrainian envoy in Riyadh on Tuesday.\n\n"
        "\"We heard each other,\" the minister told reporters.\n\n"
        "The Russian minister later said the plan was \"unacceptable in any form\".\n",
        "2025-02-18");
    CHECK_STR(got,
              "1|Sergei Lavrov|RUSGOV|We heard each other\n"
              "2|Sergei Lavrov|RUSGOV|unacceptable in any form\n");
    annot_fixture_free(f);
}

TEST(unnamed_sources_of_a_known_side) {
    /* "a senior Ukrainian official, who spoke on condition of anonymity,
     * said": someone new of a known side, whom "the official" then means;
     * a person familiar with the talks is nobody we can code */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "\"The Americans are serious,\" a senior Ukrainian official, who spoke on condition "
        "of anonymity, said.\n\n"
        "The official said Kyiv wanted guarantees \"as strong as Article 5\".\n\n"
        "\"Nothing is agreed yet,\" said one person familiar with the talks.\n\n"
        "A Kremlin source told reporters that Moscow would \"never accept\" the plan.\n",
        "2025-08-20");
    CHECK_STR(got,
              "0|senior Ukrainian official|UKRGOV|The Americans are serious\n"
              "1|senior Ukrainian official|UKRGOV|as strong as Article 5\n"
              "3|Kremlin source|RUSGOV|never accept\n");
    annot_fixture_free(f);
}

TEST(the_ministry_is_the_ministry_that_spoke) {
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Ukraine's foreign ministry called the demands \"absurd\".\n\n"
        "\"Russia is not seeking peace,\" the ministry said in a statement.\n",
        "2024-06-15");
    CHECK_STR(got,
              "0|Ukraine's foreign ministry|UKRGOV|absurd\n"
              "1|Ukraine's foreign ministry|UKRGOV|Russia is not seeking peace\n");
    annot_fixture_free(f);
}

TEST(asked_about_opens_a_clause_not_a_speech) {
    /* "Asked about ..." names nobody: "he" is the subject after it */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Asked about European involvement, Lavrov was dismissive. "
        "\"I do not know what they would do at the table,\" he said.\n",
        "2025-02-18");
    CHECK_STR(got, "1|Lavrov|RUSGOV|I do not know what they would do at the table\n");
    annot_fixture_free(f);
}

TEST(scare_quotes_nobody_speaks) {
    /* a few quoted words in narrative are the writer's; a speaker's verb
     * ("the Kremlin still calls it") makes them the speaker's */
    annot_fixture *f = annot_fixture_new();
    const char *got = annot_run(f,
        "Kyiv's troops have held the \"fortress city\" for a year.\n\n"
        "Since 2022 the so-called \"special military operation\" has cost many lives.\n\n"
        "The Kremlin still calls the invasion a \"special military operation\".\n",
        "2024-06-15");
    CHECK_STR(got, "2|the Kremlin|RUSGOV|special military operation\n");
    annot_fixture_free(f);
}
